package io.supportflow.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.StatusMailPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status mails as NotifyCaseChanges plans them and SendStatusMails sends them when their timers fire. */
class SendStatusMailsTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:00Z");
  private static final Map<Priority, Duration> CADENCES = Map.of(
      Priority.P1, Duration.ofMinutes(30), Priority.P2, Duration.ofMinutes(60));

  private final InMemoryPorts ports = new InMemoryPorts();
  private final MailDelivery delivery = new MailDelivery(ports.outbox, ports.notifier, Clock.fixed(RECEIVED, ZoneOffset.UTC));
  private final NotifyCaseChanges caseChanges = new NotifyCaseChanges(ports.caseStore, ports.earlyEvents,
      ports.timers, delivery, "support-team@acme-support.example");

  private static NotifiedCase decided(Priority priority) {
    return decided(priority, false);
  }

  private static NotifiedCase decided(Priority priority, boolean statusMailsWhileOnHold) {
    return new NotifiedCase("acme", "case-1", "ACME-000042", "Checkout is down", "Olivia Ops",
        "ops@northwind.example", priority, RECEIVED, ZoneId.of("Europe/Amsterdam"),
        StatusMailPlan.fromReceipt(CADENCES, statusMailsWhileOnHold, priority, RECEIVED), 3, "NEW", null, false, false,
        null, null);
  }

  private static Instant at(int minutes) {
    return RECEIVED.plus(Duration.ofMinutes(minutes));
  }

  private final SendStatusMails statusMails = new SendStatusMails(ports.caseStore, ports.timers, delivery);

  private static CaseEvent event(CaseEvent.Kind kind, String status) {
    return new CaseEvent("e-" + kind, at(1), "case-1", "ACME-000042", kind, status, null, null);
  }

  private static CaseEvent priorityChange(Priority to, int minutes) {
    return new CaseEvent("p-" + to + "-" + minutes, at(minutes), "case-1", "ACME-000042",
        CaseEvent.Kind.PRIORITY_CHANGED, "OPEN", null, to);
  }

  @Test
  void theFirstStatusMailIsPlannedOneCadenceAfterReceipt() {
    caseChanges.decided(decided(Priority.P1));

    assertThat(ports.wakeUps).containsExactly(at(30));
  }

  @Test
  void eachMailPlansTheNextOnTheBeat() {
    caseChanges.decided(decided(Priority.P1));

    assertThat(statusMails.due("case-1", at(30))).isPresent();

    assertThat(ports.mails).extracting(OutgoingMail::notificationId).containsExactly("case-1:STATUS_UPDATE:1");
    assertThat(ports.wakeUps).containsExactly(at(30), at(60));
  }

  @Test
  void onHoldTheDueMailIsSkippedButTheNextIsStillPlannedAndAfterResumingTheyCome() {
    caseChanges.decided(decided(Priority.P1));
    caseChanges.activity(event(CaseEvent.Kind.PUT_ON_HOLD, "ON_HOLD"));

    assertThat(statusMails.due("case-1", at(30))).isEmpty();

    assertThat(ports.mails).isEmpty();
    assertThat(ports.wakeUps).last().isEqualTo(at(60));
    caseChanges.activity(event(CaseEvent.Kind.RESUMED, "OPEN"));
    assertThat(statusMails.due("case-1", at(60))).isPresent();
    assertThat(ports.mails).extracting(OutgoingMail::notificationId).containsExactly("case-1:STATUS_UPDATE:2");
  }

  @Test
  void aCaseWhoseTermsWantThemOnHoldGetsThemOnHold() {
    caseChanges.decided(decided(Priority.P1, true));
    caseChanges.activity(event(CaseEvent.Kind.PUT_ON_HOLD, "ON_HOLD"));

    assertThat(statusMails.due("case-1", at(30))).isPresent();

    assertThat(ports.mails).singleElement().satisfies(m -> {
      assertThat(m.notificationId()).isEqualTo("case-1:STATUS_UPDATE:1");
      assertThat(m.fields()).containsEntry("status", "ON_HOLD").containsEntry("number", "1");
    });
  }

  @Test
  void resolutionCancelsTheTimersAndALateTimerSendsNothing() {
    caseChanges.decided(decided(Priority.P1));
    caseChanges.activity(event(CaseEvent.Kind.RESOLVED, "RESOLVED"));

    assertThat(ports.timeline).containsExactly("wake " + at(30), "cancel case-1");
    assertThat(statusMails.due("case-1", at(30))).isEmpty();
    assertThat(ports.mails).extracting(OutgoingMail::kind).doesNotContain(
        io.supportflow.notification.domain.NotificationKind.STATUS_UPDATE);
  }

  @Test
  void raisingAQuietCaseToP1StartsTheMailsOneCadenceAfterTheChange() {
    caseChanges.decided(decided(Priority.P3));
    assertThat(ports.wakeUps).isEmpty();

    caseChanges.activity(priorityChange(Priority.P1, 10));

    assertThat(ports.timeline).containsExactly("cancel case-1", "wake " + at(40));
    assertThat(statusMails.due("case-1", at(40))).isPresent();
    assertThat(ports.mails).singleElement().satisfies(m -> {
      assertThat(m.notificationId()).isEqualTo("case-1:STATUS_UPDATE:1");
      assertThat(m.fields()).containsEntry("priority", "P1");
    });
    assertThat(ports.wakeUps).last().isEqualTo(at(70));
  }

  @Test
  void loweringToAPriorityWithoutCadenceStopsThemAndTheOldBeatsTimerSendsNothing() {
    caseChanges.decided(decided(Priority.P1));
    statusMails.due("case-1", at(30));

    caseChanges.activity(priorityChange(Priority.P4, 45));

    assertThat(ports.timeline).last().isEqualTo("cancel case-1");
    assertThat(statusMails.due("case-1", at(60))).isEmpty();
    assertThat(ports.mails).hasSize(1);
    assertThat(ports.timeline).last().as("nothing planned after the leftover timer").isEqualTo("cancel case-1");
  }

  @Test
  void aNewCadenceBeatsFromTheChangeAndNumbersOn() {
    caseChanges.decided(decided(Priority.P1));
    statusMails.due("case-1", at(30));

    caseChanges.activity(priorityChange(Priority.P2, 45));

    assertThat(ports.wakeUps).last().isEqualTo(at(105));
    assertThat(statusMails.due("case-1", at(60))).as("the old beat").isEmpty();
    assertThat(statusMails.due("case-1", at(105))).isPresent();
    assertThat(ports.mails).extracting(OutgoingMail::notificationId)
        .containsExactly("case-1:STATUS_UPDATE:1", "case-1:STATUS_UPDATE:2");
    assertThat(ports.mails.getLast().fields()).containsEntry("priority", "P2");
    assertThat(ports.wakeUps).last().isEqualTo(at(165));
  }

  @Test
  void aPriorityChangeSeenTwiceReplansOnce() {
    caseChanges.decided(decided(Priority.P3));
    caseChanges.activity(priorityChange(Priority.P1, 10));
    int entries = ports.timeline.size();

    caseChanges.activity(priorityChange(Priority.P1, 10));

    assertThat(ports.timeline).hasSize(entries);
  }
}
