package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.CustomerIdentification;
import io.supportflow.contracts.domain.EntitlementDecision;
import io.supportflow.contracts.domain.EntitlementPolicy;
import io.supportflow.contracts.domain.Identification;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides the entitlement of one received request. Idempotent: a redelivered request returns the
 * decision already recorded, with the same event id, so downstream sees one decision per request;
 * and its case holds at most one slot of a case quota however often it is decided.
 */
public record DecideEntitlement(
    TenantPolicies policies, DecisionLog log, CaseDecisions cases, CaseQuotaLedger quotas,
    CustomerIdentification identification, EntitlementPolicy policy, Clock clock) {

  /**
   * Decides first and stores with one insert: a decision that takes no quota slot has no side
   * effect, so a redelivery's fresh decision is simply discarded for the stored one (the insert
   * collides on the request's event id). Only a decision that would take a quota slot reads the log
   * first, so that a request decided before never claims a slot again.
   */
  public RecordedDecision decide(SupportRequest request) {
    // A tenant without a policy has no customers yet: its requests are answered as unknown.
    TenantPolicy tenantPolicy = policies.find(request.tenantId())
        .map(StoredPolicy::policy)
        .orElseGet(() -> TenantPolicy.empty(Tenant.named(
            "unknown-tenant", "Unknown tenant", ZoneOffset.UTC)));
    Identification who = identification.identify(
        tenantPolicy, request.customerHint(), request.reporterEmail(), request.reporterPhone());
    EntitlementDecision decision = policy.decide(tenantPolicy, who, request.facts());
    if (decision.quotaPeriod() == null) {
      return opened(log.recordOnce(recorded(request, decision)));
    }
    Optional<RecordedDecision> earlier = log.forRequest(request.eventId());
    if (earlier.isPresent()) {
      return opened(earlier.get());
    }
    if (!quotas.claim(request.tenantId(), decision.contractId(), decision.quotaPeriod(), request.caseId())) {
      decision = policy.quotaUsed(decision);
    }
    return opened(log.recordOnce(recorded(request, decision)));
  }

  /**
   * Keeps the case for re-deciding, before the first decision is published: a crash in between
   * redelivers the request, which finds both stored. A case kept already (redelivery) is left as is.
   */
  private RecordedDecision opened(RecordedDecision first) {
    cases.openIfAbsent(DecidedCase.decidedFirst(first));
    return first;
  }

  private RecordedDecision recorded(SupportRequest request, EntitlementDecision decision) {
    return new RecordedDecision(eventIdFor(request), clock.instant(), request, decision);
  }

  // Derived from the request, so even a decision made twice by a crash carries one event id.
  private static String eventIdFor(SupportRequest request) {
    return UUID.nameUUIDFromBytes(
            ("entitlement:" + request.eventId()).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
