package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.CaseQuota.QuotaPeriod;

/** The cases that used a contract's case quota, one slot each. */
public interface CaseQuotaLedger {

  /**
   * Takes a slot of the period for the case, or finds the one it already holds (a redelivered
   * request must not use the quota twice). False when every slot is held by other cases.
   */
  boolean claim(String tenantId, String contractId, QuotaPeriod period, String caseId);
}
