package io.supportflow.intake.application;

import io.supportflow.intake.domain.CaseActivity;

/** An activity with the case it belongs to, as it is announced. */
public record ActivityOnCase(String tenantId, String caseId, String caseNumber, CaseActivity activity) {}
