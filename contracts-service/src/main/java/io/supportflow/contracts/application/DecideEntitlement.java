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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
   * Decides a poll's requests together, in their order, with the same rules as one at a time: each
   * tenant's policy is read once, the decisions that take no quota slot are stored with one insert
   * and their cases kept with another. Such a decision has no side effect, so it is made first and a
   * redelivery's fresh one is simply discarded for the stored one (the insert collides on the
   * request's event id). The rare decision that takes a slot reads the log first and is stored on
   * its own, so that a request decided before never claims a slot again.
   */
  public List<RecordedDecision> decideAll(List<SupportRequest> requests) {
    Map<String, TenantPolicy> tenantPolicies = new HashMap<>();
    List<RecordedDecision> decided = new ArrayList<>(requests.size());
    List<Integer> withoutSlot = new ArrayList<>();
    for (SupportRequest request : requests) {
      TenantPolicy tenantPolicy = tenantPolicies.computeIfAbsent(request.tenantId(), this::policyOf);
      Identification who = identification.identify(
          tenantPolicy, request.customerHint(), request.reporterEmail(), request.reporterPhone());
      EntitlementDecision decision = policy.decide(tenantPolicy, who, request.facts());
      if (decision.quotaPeriod() == null) {
        withoutSlot.add(decided.size());
        decided.add(recorded(request, decision));
      } else {
        decided.add(withQuotaSlot(request, decision));
      }
    }
    List<RecordedDecision> stored = log.recordAllOnce(withoutSlot.stream().map(decided::get).toList());
    for (int i = 0; i < withoutSlot.size(); i++) {
      decided.set(withoutSlot.get(i), stored.get(i));
    }
    // Kept for re-deciding before the first decisions are published: a crash in between redelivers
    // the requests, which find both stored. A case kept already (redelivery) is left as is.
    cases.openAllIfAbsent(decided.stream().map(DecidedCase::decidedFirst).toList());
    return decided;
  }

  // A tenant without a policy has no customers yet: its requests are answered as unknown.
  private TenantPolicy policyOf(String tenantId) {
    return policies.find(tenantId)
        .map(StoredPolicy::policy)
        .orElseGet(() -> TenantPolicy.empty(Tenant.named("unknown-tenant", "Unknown tenant", ZoneOffset.UTC)));
  }

  private RecordedDecision withQuotaSlot(SupportRequest request, EntitlementDecision decision) {
    Optional<RecordedDecision> earlier = log.forRequest(request.eventId());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    if (!quotas.claim(request.tenantId(), decision.contractId(), decision.quotaPeriod(), request.caseId())) {
      decision = policy.quotaUsed(decision);
    }
    return log.recordOnce(recorded(request, decision));
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
