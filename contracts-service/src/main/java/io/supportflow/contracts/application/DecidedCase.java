package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.ProductMention;
import io.supportflow.contracts.domain.RequestFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * A case as contracts-service keeps it for re-deciding: the decision in force (with the request as
 * received), the priority support set since and the product a reply taught since, whether the case is
 * still open, and the ids of the triggers already handled (the last {@link #HANDLED_KEPT}), so a
 * redelivered trigger decides nothing again. revision counts the writes, for optimistic updates.
 */
public record DecidedCase(
    String caseId,
    String tenantId,
    String customerId,
    boolean open,
    Priority priority,
    ProductMention learned,
    RecordedDecision inForce,
    List<String> handledTriggers,
    long revision) {

  /** Enough for every redelivery Kafka makes: a case sees few triggers between two commits. */
  static final int HANDLED_KEPT = 100;

  public DecidedCase {
    handledTriggers = handledTriggers == null ? List.of() : List.copyOf(handledTriggers);
  }

  /** A case right after its first decision. */
  public static DecidedCase decidedFirst(RecordedDecision first) {
    SupportRequest request = first.request();
    return new DecidedCase(request.caseId(), request.tenantId(), first.decision().customerId(), true,
        request.priority(), null, first, List.of(), 0);
  }

  /** The request facts as received, at the current priority, with what was learned since. */
  public RequestFacts facts() {
    return inForce.request().facts().withPriority(priority).withLearned(learned);
  }

  boolean handled(String triggerEventId) {
    return handledTriggers.contains(triggerEventId);
  }

  DecidedCase closed() {
    return new DecidedCase(caseId, tenantId, customerId, false, priority, learned, inForce, handledTriggers, revision);
  }

  /** The case after a trigger that changed no decision (what it taught is kept all the same). */
  DecidedCase handledWithout(String triggerEventId, RequestFacts factsNow) {
    return new DecidedCase(caseId, tenantId, customerId, open, factsNow.priority(), factsNow.learned(), inForce,
        with(triggerEventId), revision);
  }

  /** The case under a new decision. */
  DecidedCase redecided(RecordedDecision next, RequestFacts factsNow, String triggerEventId) {
    return new DecidedCase(caseId, tenantId, next.decision().customerId(), open, factsNow.priority(),
        factsNow.learned(), next, with(triggerEventId), revision);
  }

  private List<String> with(String triggerEventId) {
    List<String> ids = new ArrayList<>(handledTriggers);
    ids.add(triggerEventId);
    return ids.size() > HANDLED_KEPT ? ids.subList(ids.size() - HANDLED_KEPT, ids.size()) : ids;
  }
}
