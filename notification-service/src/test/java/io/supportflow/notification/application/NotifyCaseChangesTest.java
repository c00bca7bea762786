package io.supportflow.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.supportflow.infra.testing.MutableClock;
import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.CaseOccurrence;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.SlaAlert;
import io.supportflow.notification.domain.StatusMailPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Activities that arrive before their case's decision: kept, then applied when it arrives. */
class NotifyCaseChangesTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:00Z");
  private static final Map<Priority, Duration> CADENCES = Map.of(Priority.P1, Duration.ofMinutes(30));

  private final InMemoryPorts ports = new InMemoryPorts();
  private final NotifyCaseChanges caseChanges = new NotifyCaseChanges(ports.caseStore, ports.earlyEvents,
      ports.timers, new MailDelivery(ports.outbox, ports.notifier, Clock.fixed(RECEIVED, ZoneOffset.UTC)),
      "support-team@acme-support.example");

  private static NotifiedCase decided(Priority priority) {
    return decided(priority, null);
  }

  private static NotifiedCase decided(Priority priority, String rosterSupportTeam) {
    return new NotifiedCase("acme", "case-1", "ACME-000042", "Checkout is down", "Olivia Ops",
        "ops@northwind.example", priority, RECEIVED, ZoneId.of("Europe/Amsterdam"),
        StatusMailPlan.fromReceipt(CADENCES, false, priority, RECEIVED), 3, "NEW", null, false, false, null,
        rosterSupportTeam);
  }

  private static SlaAlert breach(String id) {
    return new SlaAlert("acme", id, "case-1", "ACME-000042", Priority.P1, "FIRST_RESPONSE", true,
        RECEIVED.plus(Duration.ofMinutes(15)));
  }

  private static CaseEvent activity(String id, CaseEvent.Kind kind, String status, String response) {
    return new CaseEvent(id, RECEIVED.plusSeconds(60), "case-1", "ACME-000042", kind, status, response, null);
  }

  @Test
  void aResolutionBeforeTheDecisionIsKeptNotFailedAndSendsNothingYet() {
    assertThat(caseChanges.activity(activity("r-1", CaseEvent.Kind.RESOLVED, "RESOLVED", "Restarted."))).isEmpty();

    assertThat(ports.mails).isEmpty();
    assertThat(ports.early.get("case-1")).extracting(CaseOccurrence::eventId).containsExactly("r-1");
    assertThat(ports.cases).isEmpty();
  }

  @Test
  void whenTheDecisionArrivesTheResolutionAndClosureGoOutInOrderAndNoStatusMailIsPlanned() {
    caseChanges.activity(activity("r-1", CaseEvent.Kind.RESOLVED, "RESOLVED", "Restarted the nodes."));
    caseChanges.activity(activity("c-1", CaseEvent.Kind.CLOSED, "CLOSED", null));

    List<DeliveryAttempt> sent = caseChanges.decided(decided(Priority.P1));

    assertThat(sent).extracting(DeliveryAttempt::notificationId)
        .containsExactly("case-1:RESOLUTION:r-1", "case-1:CLOSURE:c-1");
    assertThat(ports.mails.getFirst().fields()).containsEntry("resolutionNote", "Restarted the nodes.");
    assertThat(ports.timeline).isEmpty();
    assertThat(ports.cases.get("case-1")).satisfies(c -> {
      assertThat(c.resolved()).isTrue();
      assertThat(c.status()).isEqualTo("CLOSED");
    });
    assertThat(ports.early).isEmpty();
  }

  @Test
  void earlyActivitiesThatSendNothingStillShapeTheCase() {
    caseChanges.activity(activity("a-1", CaseEvent.Kind.AGENT_RESPONDED, "OPEN", "Looking into it."));
    caseChanges.activity(new CaseEvent("p-1", RECEIVED.plus(Duration.ofMinutes(5)), "case-1", "ACME-000042",
        CaseEvent.Kind.PRIORITY_CHANGED, "OPEN", null, Priority.P1));

    assertThat(caseChanges.decided(decided(Priority.P3))).isEmpty();

    NotifiedCase c = ports.cases.get("case-1");
    assertThat(c.latestResponse()).isEqualTo("Looking into it.");
    assertThat(c.priority()).isEqualTo(Priority.P1);
    assertThat(ports.wakeUps).containsExactly(RECEIVED.plus(Duration.ofMinutes(35)));
  }

  @Test
  void anEarlyActivityDeliveredTwiceIsKeptOnce() {
    CaseEvent resolved = activity("r-1", CaseEvent.Kind.RESOLVED, "RESOLVED", null);
    caseChanges.activity(resolved);
    caseChanges.activity(resolved);

    assertThat(caseChanges.decided(decided(Priority.P1))).hasSize(1);
    assertThat(ports.mails).hasSize(1);
  }

  @Test
  void aCaseHoldsABoundedNumberOfEarlyActivities() {
    for (int i = 0; i < NotifyCaseChanges.EARLY_EVENT_LIMIT; i++) {
      caseChanges.activity(activity("reply-" + i, CaseEvent.Kind.CUSTOMER_REPLIED, "OPEN", null));
    }

    assertThatThrownBy(() -> caseChanges.activity(activity("one-too-many", CaseEvent.Kind.RESOLVED, "RESOLVED", null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already holds 100 events waiting for its decision");
    assertThat(caseChanges.activity(activity("reply-7", CaseEvent.Kind.CUSTOMER_REPLIED, "OPEN", null)))
        .as("one already held, delivered again").isEmpty();
  }

  @Test
  void aMailTheServerDoesNotTakeWaitsInTheOutboxWhileTheCaseIsFollowedAndIsSentOnceWhenItsTimeComes() {
    caseChanges.activity(activity("r-1", CaseEvent.Kind.RESOLVED, "RESOLVED", null));
    caseChanges.activity(activity("c-1", CaseEvent.Kind.CLOSED, "CLOSED", null));
    AtomicInteger closureAttempts = new AtomicInteger();
    Notifier failOnClosure = mail -> {
      if (mail.kind() == NotificationKind.CLOSURE && closureAttempts.incrementAndGet() == 1) {
        throw new IllegalStateException("Connection refused");
      }
      ports.mails.add(mail);
    };
    MutableClock clock = new MutableClock(RECEIVED);
    MailDelivery delivery = new MailDelivery(ports.outbox, failOnClosure, clock);
    NotifyCaseChanges flaky = new NotifyCaseChanges(ports.caseStore, ports.earlyEvents, ports.timers, delivery,
        "team@acme.example");

    assertThat(flaky.decided(decided(Priority.P1)))
        .extracting(DeliveryAttempt::notificationId, a -> a.getClass().getSimpleName())
        .containsExactly(tuple("case-1:RESOLUTION:r-1", "NotificationSent"),
            tuple("case-1:CLOSURE:c-1", "NotificationFailed"));
    assertThat(ports.cases).containsKey("case-1");
    assertThat(flaky.decided(decided(Priority.P1))).as("a redelivered decision sends nothing").isEmpty();

    assertThat(delivery.retryWaiting(10)).as("not yet due").isEmpty();
    clock.advance(Redelivery.DEFAULT.firstWait());
    assertThat(delivery.retryWaiting(10)).extracting(DeliveryAttempt::notificationId, DeliveryAttempt::attempts)
        .containsExactly(tuple("case-1:CLOSURE:c-1", 2));
    assertThat(delivery.retryWaiting(10)).isEmpty();
    assertThat(ports.mails).extracting(OutgoingMail::notificationId)
        .containsExactly("case-1:RESOLUTION:r-1", "case-1:CLOSURE:c-1");
  }

  @Test
  void aDecisionWithNothingBeforeItClearsNothing() {
    caseChanges.decided(decided(Priority.P1));

    assertThat(ports.clears).isEmpty();
    assertThat(ports.cases).containsKey("case-1");
  }

  @Test
  void aDecisionWithEarlyEventsClearsThemOnceApplied() {
    caseChanges.activity(activity("r-1", CaseEvent.Kind.RESOLVED, "RESOLVED", null));
    caseChanges.decided(decided(Priority.P1));

    assertThat(ports.clears).containsExactly("case-1");
    assertThat(ports.early).doesNotContainKey("case-1");
  }

  @Test
  void aDecisionSeenAgainSendsNothingAndReplaysNothing() {
    caseChanges.activity(activity("r-1", CaseEvent.Kind.RESOLVED, "RESOLVED", null));
    caseChanges.decided(decided(Priority.P1));

    assertThat(caseChanges.decided(decided(Priority.P1))).isEmpty();
    assertThat(ports.mails).hasSize(1);
    assertThat(ports.cases.get("case-1").resolved()).isTrue();
  }

  @Test
  void slaAlertsGoToTheSupportTeamTheRosterNamesElseToTheServicesAddress() {
    caseChanges.decided(decided(Priority.P1, "desk@acme-support.example"));
    caseChanges.slaAlert(breach("b-1"));
    ports.cases.clear();
    caseChanges.decided(decided(Priority.P1, null));
    caseChanges.slaAlert(breach("b-2"));

    assertThat(ports.mails).extracting(OutgoingMail::notificationId, OutgoingMail::recipient).containsExactly(
        tuple("case-1:SLA_BREACH:b-1", "desk@acme-support.example"),
        tuple("case-1:SLA_BREACH:b-2", "support-team@acme-support.example"));
    assertThat(ports.mails.getFirst().fields()).containsEntry("deadline", "Tuesday 24 November 2026, 10:15 CET");
  }

  @Test
  void anSlaAlertBeforeTheDecisionWaitsForItToKnowTheTeamAndKeepsItsPlaceAmongTheActivities() {
    assertThat(caseChanges.slaAlert(breach("b-1"))).isEmpty();
    caseChanges.activity(activity("r-1", CaseEvent.Kind.RESOLVED, "RESOLVED", null));
    assertThat(ports.mails).isEmpty();

    List<DeliveryAttempt> sent = caseChanges.decided(decided(Priority.P1, "desk@acme-support.example"));

    assertThat(sent).extracting(DeliveryAttempt::notificationId, DeliveryAttempt::recipient).containsExactly(
        tuple("case-1:SLA_BREACH:b-1", "desk@acme-support.example"),
        tuple("case-1:RESOLUTION:r-1", "ops@northwind.example"));
    assertThat(ports.mails.getFirst().fields()).as("in the case's zone, known only now")
        .containsEntry("deadline", "Tuesday 24 November 2026, 10:15 CET");
  }

  @Test
  void anActivityOnAKnownCaseIsAppliedAtOnce() {
    caseChanges.decided(decided(Priority.P1));

    assertThat(caseChanges.activity(activity("r-1", CaseEvent.Kind.RESOLVED, "RESOLVED", "Fixed.")))
        .hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(NotificationKind.RESOLUTION));
    assertThat(ports.early).isEmpty();
  }
}
