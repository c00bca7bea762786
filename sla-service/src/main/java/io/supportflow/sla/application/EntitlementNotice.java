package io.supportflow.sla.application;

import io.supportflow.sla.domain.DecidedCase;

/** An entitlement decision as the use case sees it: its event id and the case it decides. */
public record EntitlementNotice(
    String decisionEventId, String tenantId, String caseNumber, DecidedCase decided) {}
