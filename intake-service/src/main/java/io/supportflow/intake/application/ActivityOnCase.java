package io.supportflow.intake.application;

import io.supportflow.intake.domain.CaseActivity;

/**
 * An activity with the case it belongs to, as it is announced; read back from the store, also with
 * the W3C traceparent of the request that recorded it (null when there was no trace).
 */
public record ActivityOnCase(String tenantId, String caseId, String caseNumber, CaseActivity activity,
    String traceparent) {

  public ActivityOnCase(String tenantId, String caseId, String caseNumber, CaseActivity activity) {
    this(tenantId, caseId, caseNumber, activity, null);
  }
}
