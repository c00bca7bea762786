package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.TenantPolicy;

/** A tenant's policy as stored, with its revision: every stored edit increments it by one. */
public record StoredPolicy(TenantPolicy policy, long revision) {}
