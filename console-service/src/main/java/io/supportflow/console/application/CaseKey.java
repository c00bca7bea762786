package io.supportflow.console.application;

/** A case as the projection finds it: case ids are unique within a tenant only. */
public record CaseKey(String tenantId, String caseId) {}
