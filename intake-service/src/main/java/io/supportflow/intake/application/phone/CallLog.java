package io.supportflow.intake.application.phone;

import io.supportflow.intake.domain.CallEvent;

/** The calls a tenant's phone system reported, one record per call id. */
public interface CallLog {

  void record(String tenantId, CallEvent event);
}
