package io.supportflow.intake.adapter.web;

/** The authenticated caller: a tenant's integration, identified by its API key. */
public record TenantPrincipal(String tenantId) {}
