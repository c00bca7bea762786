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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendStatusMailsTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:00Z");
  private static final Map<Priority, Duration> CADENCES = Map.of(
      Priority.P1, Duration.ofMinutes(30), Priority.P2, Duration.ofMinutes(60));

  private final Map<String, NotifiedCase> cases = new HashMap<>();
  private final List<Instant> wakeUps = new ArrayList<>();
  private final List<String> timeline = new ArrayList<>();
  private final List<OutgoingMail> mails = new ArrayList<>();

  private static NotifiedCase decided(Priority priority) {
    return new NotifiedCase("acme", "case-1", "ACME-000042", "Checkout is down", "Olivia Ops",
        "ops@northwind.example", priority, RECEIVED, ZoneId.of("Europe/Amsterdam"),
        StatusMailPlan.fromReceipt(CADENCES, priority, RECEIVED), 3, "NEW", null, false, false, null);
  }

  private static Instant at(int minutes) {
    return RECEIVED.plus(Duration.ofMinutes(minutes));
  }

  private SendStatusMails statusMails(boolean whileOnHold) {
    NotifiedCases store = new NotifiedCases() {
      @Override
      public Optional<NotifiedCase> find(String caseId) {
        return Optional.ofNullable(cases.get(caseId));
      }

      @Override
      public void save(NotifiedCase c) {
        cases.put(c.caseId(), c);
      }
    };
    StatusMailTimers timers = new StatusMailTimers() {
      @Override
      public void wakeAt(NotifiedCase c, Instant at) {
        wakeUps.add(at);
        timeline.add("wake " + at);
      }

      @Override
      public void cancel(String caseId) {
        timeline.add("cancel " + caseId);
      }
    };
    Outbox outbox = new Outbox() {
      private int attempts;

      @Override
      public OutboxEntry open(PendingNotification n) {
        return new OutboxEntry(n.mail().notificationId(), ++attempts, null);
      }

      @Override
      public void markSent(NotificationSent sent) {}

      @Override
      public void markFailed(NotificationFailed failed) {}
    };
    return new SendStatusMails(store, timers, new MailDelivery(outbox, mails::add, Clock.fixed(RECEIVED, ZoneOffset.UTC)),
        whileOnHold);
  }

  private static CaseEvent event(CaseEvent.Kind kind, String status) {
    return new CaseEvent("e-" + kind, at(1), "case-1", "ACME-000042", kind, status, null, null);
  }

  private static CaseEvent priorityChange(Priority to, int minutes) {
    return new CaseEvent("p-" + to + "-" + minutes, at(minutes), "case-1", "ACME-000042",
        CaseEvent.Kind.PRIORITY_CHANGED, "OPEN", null, to);
  }

  @Test
  void theFirstStatusMailIsPlannedOneCadenceAfterReceipt() {
    statusMails(false).decided(decided(Priority.P1));

    assertThat(wakeUps).containsExactly(at(30));
  }

  @Test
  void onHoldTheDueMailIsSkippedButTheNextIsStillPlanned() {
    SendStatusMails statusMails = statusMails(false);
    statusMails.decided(decided(Priority.P1));
    statusMails.activity(event(CaseEvent.Kind.PUT_ON_HOLD, "ON_HOLD"));

    assertThat(statusMails.due("case-1", at(30))).isEmpty();

    assertThat(mails).isEmpty();
    assertThat(wakeUps).last().isEqualTo(at(60));
  }

  @Test
  void aTenantThatWantsThemOnHoldGetsThemOnHold() {
    SendStatusMails statusMails = statusMails(true);
    statusMails.decided(decided(Priority.P1));
    statusMails.activity(event(CaseEvent.Kind.PUT_ON_HOLD, "ON_HOLD"));

    assertThat(statusMails.due("case-1", at(30))).isPresent();

    assertThat(mails).singleElement().satisfies(m -> {
      assertThat(m.notificationId()).isEqualTo("case-1:STATUS_UPDATE:1");
      assertThat(m.fields()).containsEntry("status", "ON_HOLD").containsEntry("number", "1");
    });
  }

  @Test
  void resolutionCancelsTheTimersAndALateTimerSendsNothing() {
    SendStatusMails statusMails = statusMails(false);
    statusMails.decided(decided(Priority.P1));
    statusMails.activity(event(CaseEvent.Kind.RESOLVED, "RESOLVED"));

    assertThat(timeline).containsExactly("wake " + at(30), "cancel case-1");
    assertThat(statusMails.due("case-1", at(30))).isEmpty();
    assertThat(mails).isEmpty();
  }

  @Test
  void raisingAQuietCaseToP1StartsTheMailsOneCadenceAfterTheChange() {
    SendStatusMails statusMails = statusMails(false);
    statusMails.decided(decided(Priority.P3));
    assertThat(wakeUps).isEmpty();

    statusMails.activity(priorityChange(Priority.P1, 10));

    assertThat(timeline).containsExactly("cancel case-1", "wake " + at(40));
    assertThat(statusMails.due("case-1", at(40))).isPresent();
    assertThat(mails).singleElement().satisfies(m -> {
      assertThat(m.notificationId()).isEqualTo("case-1:STATUS_UPDATE:1");
      assertThat(m.fields()).containsEntry("priority", "P1");
    });
    assertThat(wakeUps).last().isEqualTo(at(70));
  }

  @Test
  void loweringToAPriorityWithoutCadenceStopsThemAndTheOldBeatsTimerSendsNothing() {
    SendStatusMails statusMails = statusMails(false);
    statusMails.decided(decided(Priority.P1));
    statusMails.due("case-1", at(30));

    statusMails.activity(priorityChange(Priority.P4, 45));

    assertThat(timeline).last().isEqualTo("cancel case-1");
    assertThat(statusMails.due("case-1", at(60))).isEmpty();
    assertThat(mails).hasSize(1);
    assertThat(timeline).last().as("nothing planned after the leftover timer").isEqualTo("cancel case-1");
  }

  @Test
  void aNewCadenceBeatsFromTheChangeAndNumbersOn() {
    SendStatusMails statusMails = statusMails(false);
    statusMails.decided(decided(Priority.P1));
    statusMails.due("case-1", at(30));

    statusMails.activity(priorityChange(Priority.P2, 45));

    assertThat(wakeUps).last().isEqualTo(at(105));
    assertThat(statusMails.due("case-1", at(60))).as("the old beat").isEmpty();
    assertThat(statusMails.due("case-1", at(105))).isPresent();
    assertThat(mails).extracting(OutgoingMail::notificationId)
        .containsExactly("case-1:STATUS_UPDATE:1", "case-1:STATUS_UPDATE:2");
    assertThat(mails.getLast().fields()).containsEntry("priority", "P2");
    assertThat(wakeUps).last().isEqualTo(at(165));
  }

  @Test
  void aPriorityChangeSeenTwiceReplansOnce() {
    SendStatusMails statusMails = statusMails(false);
    statusMails.decided(decided(Priority.P3));
    statusMails.activity(priorityChange(Priority.P1, 10));
    int entries = timeline.size();

    statusMails.activity(priorityChange(Priority.P1, 10));

    assertThat(timeline).hasSize(entries);
  }
}
