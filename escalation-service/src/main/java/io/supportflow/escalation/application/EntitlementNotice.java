package io.supportflow.escalation.application;

import io.supportflow.escalation.domain.DecidedCase;

/** An entitlement decision as the use case sees it: its event id and the case it decides. */
public record EntitlementNotice(String decisionEventId, DecidedCase decided) {}
