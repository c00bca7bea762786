package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.CustomerIdentification;
import io.supportflow.contracts.domain.EntitlementDecision;
import io.supportflow.contracts.domain.EntitlementPolicy;
import io.supportflow.contracts.domain.Identification;
import io.supportflow.contracts.domain.ProductMention;
import io.supportflow.contracts.domain.RedecisionTrigger;
import io.supportflow.contracts.domain.RequestFacts;
import io.supportflow.contracts.domain.TenantPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Decides an open case again when one of its inputs changes: support sets another priority, a
 * customer's reply names the product (or version) the case lacked, or a contract of its customer
 * changes. The same rules run on the request as received plus what was learned, with the policy as
 * it is now; a decision is stored and published only when its outcome, reason code or terms differ
 * from the one in force, as version + 1. A trigger handled before decides nothing again; a resolved
 * or closed case is not decided again; the case quota is claimed as on the first decision, which
 * finds the slot a case already holds, so a case never takes a second one.
 */
public record RedecideCase(TenantPolicies policies, CaseDecisions cases, DecisionLog firstDecisions,
    CaseQuotaLedger quotas, CustomerIdentification identification, EntitlementPolicy policy,
    PublishRedecisions publish, Clock clock) {

  /** Conflicting writes to one case (an activity and a contract change at once) retry this often. */
  private static final int ATTEMPTS = 10;

  /** A priority change or a customer's reply may re-decide the case; its resolution ends re-deciding it. */
  public List<RecordedDecision> onActivity(CaseActivity activity) {
    return switch (activity.kind()) {
      case RESOLVED, CLOSED -> {
        cases.close(activity.caseId());
        yield List.of();
      }
      case PRIORITY_CHANGED -> activity.newPriority() == null ? List.<RecordedDecision>of()
          : list(redecide(known(activity.caseId()), RedecisionTrigger.PRIORITY_CHANGED, activity.eventId(),
              activity.occurredAt(), facts -> facts.withPriority(activity.newPriority())));
      case CUSTOMER_REPLIED -> {
        if (activity.message() == null || activity.message().isBlank()) {
          yield List.of();
        }
        DecidedCase known = known(activity.caseId());
        yield list(redecide(known, RedecisionTrigger.PRODUCT_MENTIONED, activity.eventId(), activity.occurredAt(),
            facts -> learned(known, facts, activity.message())));
      }
      case OTHER -> List.of();
    };
  }

  /** Every open case of the customer is decided again under the policy as it is now. */
  public List<RecordedDecision> onContractChange(ContractChangeNotice change) {
    List<RecordedDecision> published = new ArrayList<>();
    for (DecidedCase open : cases.openOf(change.tenantId(), change.customerId())) {
      redecide(open, RedecisionTrigger.CONTRACT_CHANGED, change.eventId(), change.occurredAt(), f -> f)
          .ifPresent(published::add);
    }
    return published;
  }

  /** What the reply teaches (the facts unchanged when it teaches nothing). */
  private RequestFacts learned(DecidedCase open, RequestFacts facts, String reply) {
    return policies.find(open.tenantId())
        .flatMap(p -> ProductMention.learnedFrom(p.policy(), facts, reply))
        .map(facts::withLearned)
        .orElse(facts);
  }

  private DecidedCase known(String caseId) {
    return caseOf(caseId).orElseThrow(() -> new CaseNotDecidedYet(caseId));
  }

  private static List<RecordedDecision> list(Optional<RecordedDecision> decision) {
    return decision.map(List::of).orElse(List.of());
  }

  /** The case as kept, else (a case decided before cases were kept) from its first decision. */
  private Optional<DecidedCase> caseOf(String caseId) {
    Optional<DecidedCase> kept = cases.find(caseId);
    if (kept.isPresent()) {
      return kept;
    }
    Optional<RecordedDecision> first = firstDecisions.forCase(caseId);
    first.ifPresent(d -> cases.openIfAbsent(DecidedCase.decidedFirst(d)));
    return first.isEmpty() ? Optional.empty() : cases.find(caseId);
  }

  private Optional<RecordedDecision> redecide(DecidedCase read, RedecisionTrigger trigger, String triggerEventId,
      Instant at, UnaryOperator<RequestFacts> change) {
    DecidedCase current = read;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (!current.open() || current.handled(triggerEventId)) {
        return Optional.empty();
      }
      RequestFacts before = current.facts();
      RequestFacts facts = change.apply(before);
      if (trigger != RedecisionTrigger.CONTRACT_CHANGED && facts.equals(before)) {
        return Optional.empty(); // the activity taught nothing new: nothing to decide, nothing to write
      }
      Optional<TenantPolicy> tenantPolicy = policies.find(current.tenantId()).map(StoredPolicy::policy);
      if (tenantPolicy.isEmpty()) {
        return Optional.empty();
      }
      RecordedDecision inForce = current.inForce();
      EntitlementDecision decision = decide(tenantPolicy.get(), inForce.request(), facts, current.caseId());
      boolean changed = decision.differsFrom(inForce.decision());
      RecordedDecision next = changed ? next(current, facts, decision, trigger, triggerEventId, at) : null;
      DecidedCase after = changed ? current.redecided(next, facts, triggerEventId)
          : current.handledWithout(triggerEventId, facts);
      if (cases.replace(current, after, next)) {
        if (next != null) {
          publish.publish(next);
        }
        return Optional.ofNullable(next);
      }
      Optional<DecidedCase> reread = cases.find(current.caseId());
      if (reread.isEmpty()) {
        return Optional.empty();
      }
      current = reread.get();
    }
    throw new IllegalStateException("Case " + read.caseId() + " kept changing; trigger " + triggerEventId
        + " is retried");
  }

  private EntitlementDecision decide(TenantPolicy tenantPolicy, SupportRequest request, RequestFacts facts,
      String caseId) {
    Identification who = identification.identify(
        tenantPolicy, request.customerHint(), request.reporterEmail(), request.reporterPhone());
    EntitlementDecision decision = policy.decide(tenantPolicy, who, facts);
    if (decision.quotaPeriod() != null
        && !quotas.claim(request.tenantId(), decision.contractId(), decision.quotaPeriod(), caseId)) {
      return policy.quotaUsed(decision);
    }
    return decision;
  }

  private RecordedDecision next(DecidedCase current, RequestFacts facts, EntitlementDecision decision,
      RedecisionTrigger trigger, String triggerEventId, Instant at) {
    RecordedDecision inForce = current.inForce();
    // Never before the decision it replaces applies: a contract change read after a later priority
    // change does not reach back over it.
    Instant effectiveFrom = at.isBefore(inForce.effectiveFrom()) ? inForce.effectiveFrom() : at;
    Revision revision = new Revision(inForce.version() + 1, effectiveFrom, trigger, triggerEventId,
        inForce.decision().outcome());
    return new RecordedDecision(eventIdFor(current.caseId(), triggerEventId), clock.instant(),
        inForce.request().withPriority(facts.priority()), decision, revision);
  }

  // Derived from the case and its trigger, so a decision made twice by a crash carries one event id.
  private static String eventIdFor(String caseId, String triggerEventId) {
    return UUID.nameUUIDFromBytes(("entitlement:" + caseId + ":" + triggerEventId).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
