package io.supportflow.infra.testing;

import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.CoverageCalendar;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EntitlementOutcome;
import io.supportflow.events.Priority;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.Reporter;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
import io.supportflow.schemas.CaseEventHead;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Entitlement decisions as contracts-service writes them, and activities and clock changes on their
 * cases as intake and sla-service write them, for the tests of the services that consume them. Builders, so a test states only
 * what its case is about.
 */
public final class SampleDecisions {

  private SampleDecisions() {}

  /** A P1 request from an address no customer has: answered, no terms. */
  public static EntitlementDecided.Builder notEntitled(String caseId, Instant receivedAt) {
    var head = new CaseEventHead(UUID.randomUUID().toString(), receivedAt.plusSeconds(1), "acme", caseId, "ACME-000042");
    return EntitlementDecided.newBuilder(head.on(new EntitlementDecided()))
        .setRequestEventId(UUID.randomUUID().toString())
        .setOutcome(EntitlementOutcome.NOT_ENTITLED)
        .setReasonCode("UNKNOWN_CUSTOMER")
        .setReason("We could not match your address to a customer with a support contract.")
        .setPriority(Priority.P1)
        .setReceivedAt(receivedAt)
        .setReporter(new Reporter("Olivia Ops", "ops@northwind.example", null))
        .setSubject("Checkout is down")
        .setTerms(null);
  }

  /** The same request from Northwind on a running 24/7 contract with the given targets. */
  public static EntitlementDecided.Builder entitled(
      String caseId, Instant receivedAt, ReactionTarget... targets) {
    return notEntitled(caseId, receivedAt)
        .setOutcome(EntitlementOutcome.ENTITLED)
        .setReasonCode("CONTRACT_ACTIVE")
        .setReason("Your request is covered by your infra-24x7 contract, valid until 31 December 2027.")
        .setCustomerId("northwind")
        .setContractId("northwind-24x7")
        .setTerms(ContractTerms.newBuilder()
            .setPlanName("infra-24x7")
            .setCalendar(CoverageCalendar.newBuilder()
                .setCalendarId("24x7").setZone("Europe/Amsterdam").setWeeklyHours(List.of()).build())
            .setTargets(List.of(targets))
            .setEscalationMatrixId("carrier-grade")
            .build());
  }

  /** A public activity by agent-7 on the decided case, at the instant given. */
  public static CaseActivityRecorded.Builder activity(EntitlementDecided decided, CaseActivity kind, Instant at) {
    return CaseActivityRecorded.newBuilder(headOnTheCaseOf(decided, at).on(new CaseActivityRecorded()))
        .setActivity(kind)
        .setActor("agent-7")
        .setVisibleToCustomer(true);
  }

  /**
   * sla-service's change of the decided case's first-response clock, at the instant given: on the
   * decision's first target (a test sets one where the decision has none), started when the request was received and due 15 minutes later.
   */
  public static SlaClockChanged.Builder clockChange(EntitlementDecided decided, SlaClockChange change, Instant at) {
    SlaClockChanged.Builder event = SlaClockChanged.newBuilder(headOnTheCaseOf(decided, at).on(new SlaClockChanged()))
        .setClock(SlaClockKind.FIRST_RESPONSE)
        .setChange(change)
        .setPriority(decided.getPriority())
        .setStartedAt(decided.getReceivedAt())
        .setDeadline(decided.getReceivedAt().plus(Duration.ofMinutes(15)))
        .setSequence(change.ordinal());
    decided.getTerms().getTargets().stream().findFirst().ifPresent(event::setTarget);
    return event;
  }

  /** A fresh event's head on the decided case. */
  private static CaseEventHead headOnTheCaseOf(EntitlementDecided decided, Instant at) {
    return new CaseEventHead(UUID.randomUUID().toString(), at, decided.getTenantId(), decided.getCaseId(),
        decided.getCaseNumber());
  }
}
