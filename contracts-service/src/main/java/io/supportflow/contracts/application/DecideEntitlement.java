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
import java.util.UUID;

/**
 * Decides the entitlement of one received request. Idempotent: a redelivered request returns the
 * decision already recorded, with the same event id, so downstream sees one decision per request;
 * and its case holds at most one slot of a case quota however often it is decided.
 */
public final class DecideEntitlement {

  private final TenantPolicies policies;
  private final DecisionLog log;
  private final CaseQuotaLedger quotas;
  private final CustomerIdentification identification;
  private final EntitlementPolicy policy;
  private final Clock clock;

  public DecideEntitlement(
      TenantPolicies policies, DecisionLog log, CaseQuotaLedger quotas,
      CustomerIdentification identification, EntitlementPolicy policy, Clock clock) {
    this.policies = policies;
    this.log = log;
    this.quotas = quotas;
    this.identification = identification;
    this.policy = policy;
    this.clock = clock;
  }

  public RecordedDecision decide(SupportRequest request) {
    return log.forRequest(request.eventId()).orElseGet(() -> log.recordOnce(decideAfresh(request)));
  }

  private RecordedDecision decideAfresh(SupportRequest request) {
    // A tenant without a policy has no customers yet: its requests are answered as unknown.
    TenantPolicy tenantPolicy = policies.find(request.tenantId())
        .map(StoredPolicy::policy)
        .orElseGet(() -> TenantPolicy.empty(Tenant.named(
            "unknown-tenant", "Unknown tenant", ZoneOffset.UTC)));
    Identification who = identification.identify(
        tenantPolicy, request.customerHint(), request.reporterEmail(), request.reporterPhone());
    EntitlementDecision decision = policy.decide(tenantPolicy, who, request.facts());
    if (decision.quotaPeriod() != null
        && !quotas.claim(request.tenantId(), decision.contractId(), decision.quotaPeriod(), request.caseId())) {
      decision = policy.quotaUsed(decision);
    }
    return new RecordedDecision(eventIdFor(request), clock.instant(), request, decision);
  }

  // Derived from the request, so even a decision made twice by a crash carries one event id.
  private static String eventIdFor(SupportRequest request) {
    return UUID.nameUUIDFromBytes(
            ("entitlement:" + request.eventId()).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
