package io.supportflow.intake.application;

/**
 * One origin (Idempotency-Key, Message-ID, call id, alert episode) belongs to at most one case
 * per tenant. Claiming is a single atomic insert guarded by a unique key, so concurrent retries
 * on any number of replicas agree on one case.
 */
public interface CaseOrigins {

  /** Claims the key for {@code candidateCaseId}, or returns the case that already owns it. */
  OriginClaim claim(String tenantId, String originKey, String candidateCaseId, String fingerprint);
}
