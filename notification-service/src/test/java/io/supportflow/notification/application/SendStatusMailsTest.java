package io.supportflow.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.notification.domain.Priority;
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
  private static final NotifiedCase P1 = new NotifiedCase("acme", "case-1", "ACME-000042", "Checkout is down",
      "Olivia Ops", "ops@northwind.example", Priority.P1, RECEIVED, ZoneId.of("Europe/Amsterdam"),
      Duration.ofMinutes(30), 3, "NEW", null, false, false);

  private final Map<String, NotifiedCase> cases = new HashMap<>();
  private final List<Instant> wakeUps = new ArrayList<>();
  private final List<String> cancelled = new ArrayList<>();
  private final List<OutgoingMail> mails = new ArrayList<>();

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
      }

      @Override
      public void cancel(String caseId) {
        cancelled.add(caseId);
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
    return new CaseEvent("e-" + kind, "case-1", "ACME-000042", kind, status, null);
  }

  @Test
  void theFirstStatusMailIsPlannedOneCadenceAfterReceipt() {
    statusMails(false).decided(P1);

    assertThat(wakeUps).containsExactly(RECEIVED.plus(Duration.ofMinutes(30)));
  }

  @Test
  void onHoldTheDueMailIsSkippedButTheNextIsStillPlanned() {
    SendStatusMails statusMails = statusMails(false);
    statusMails.decided(P1);
    statusMails.activity(event(CaseEvent.Kind.PUT_ON_HOLD, "ON_HOLD"));

    assertThat(statusMails.due("case-1", RECEIVED.plus(Duration.ofMinutes(30)))).isEmpty();

    assertThat(mails).isEmpty();
    assertThat(wakeUps).last().isEqualTo(RECEIVED.plus(Duration.ofMinutes(60)));
  }

  @Test
  void aTenantThatWantsThemOnHoldGetsThemOnHold() {
    SendStatusMails statusMails = statusMails(true);
    statusMails.decided(P1);
    statusMails.activity(event(CaseEvent.Kind.PUT_ON_HOLD, "ON_HOLD"));

    assertThat(statusMails.due("case-1", RECEIVED.plus(Duration.ofMinutes(30)))).isPresent();

    assertThat(mails).singleElement().satisfies(m -> {
      assertThat(m.notificationId()).isEqualTo("case-1:STATUS_UPDATE:1");
      assertThat(m.fields()).containsEntry("status", "ON_HOLD").containsEntry("number", "1");
    });
  }

  @Test
  void resolutionCancelsTheTimersAndALateTimerSendsNothing() {
    SendStatusMails statusMails = statusMails(false);
    statusMails.decided(P1);
    statusMails.activity(event(CaseEvent.Kind.RESOLVED, "RESOLVED"));

    assertThat(cancelled).containsExactly("case-1");
    assertThat(statusMails.due("case-1", RECEIVED.plus(Duration.ofMinutes(30)))).isEmpty();
    assertThat(mails).isEmpty();
  }
}
