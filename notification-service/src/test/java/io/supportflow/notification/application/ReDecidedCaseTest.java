package io.supportflow.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.ReDecision;
import io.supportflow.notification.domain.StatusMailPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A newer decision on a followed case: one mail per version, saying what changed, and the cadence from then. */
class ReDecidedCaseTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:00Z");
  private static final Instant RAISED = RECEIVED.plus(Duration.ofMinutes(10));
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Map<Priority, Duration> CADENCES = Map.of(Priority.P1, Duration.ofMinutes(30));
  private static final List<ReDecision.Promise> PROMISES = List.of(
      new ReDecision.Promise(Priority.P1, "FIRST_RESPONSE", 15, "CLOCK_MINUTES"),
      new ReDecision.Promise(Priority.P3, "FIRST_RESPONSE", 1, "BUSINESS_DAYS"));

  private final InMemoryPorts ports = new InMemoryPorts();
  private final Clock clock = Clock.fixed(RAISED, ZoneOffset.UTC);
  private final NotifyCaseChanges caseChanges = new NotifyCaseChanges(ports.caseStore, ports.earlyEvents,
      ports.timers, new MailDelivery(ports.outbox, ports.notifier, clock), "support@acme-support.example", clock);

  private static NotifiedCase notCovered(String email) {
    return new NotifiedCase("acme", "case-1", "ACME-000042", "Core switch down", "Nora Noc", email, Priority.P3,
        RECEIVED, AMSTERDAM, StatusMailPlan.none(RECEIVED), 3, "NEW", null, false, false, null, null, 1, false);
  }

  private static ReDecision decision(int version, boolean covered, Priority priority, String email) {
    return new ReDecision("decision-" + version, "acme", "case-1", "ACME-000042", version, RAISED, covered, covered,
        priority, "Core switch down", covered ? "Covered by your Enterprise contract." : "Phone support is for P1 only.",
        "Nora Noc", email, AMSTERDAM, covered ? BusinessCalendar.twentyFourSeven(AMSTERDAM) : null,
        covered ? PROMISES : List.of(), covered ? CADENCES : Map.of(), false);
  }

  @Test
  void nowCoveredTheReporterGetsOneMailWithTheDeadlinesFromThenAndTheStatusMailsStart() {
    ports.cases.put("case-1", notCovered("noc@globaltel.example"));

    List<DeliveryAttempt> sent = caseChanges.redecided(decision(2, true, Priority.P1, "noc@globaltel.example"))
        .orElseThrow();

    assertThat(sent).singleElement().satisfies(a -> {
      assertThat(a.notificationId()).isEqualTo("case-1:ACKNOWLEDGEMENT:v2");
      assertThat(a.kind()).isEqualTo(NotificationKind.ACKNOWLEDGEMENT);
      assertThat(a.subject()).isEqualTo("[ACME-000042] Your request is now covered: Core switch down");
    });
    assertThat(ports.mails).singleElement().satisfies(m -> {
      assertThat(m.fields().get("deadlines")).isEqualTo("First response by Tuesday 24 November 2026, 10:25 CET"
          + " (within 15 minutes)");
      assertThat(m.fields()).containsEntry("priority", "P1");
      assertThat(m.inReplyTo()).isEqualTo("<case-1.ACKNOWLEDGEMENT@supportflow>");
    });
    NotifiedCase after = ports.cases.get("case-1");
    assertThat(after.decisionVersion()).isEqualTo(2);
    assertThat(after.covered()).isTrue();
    assertThat(after.priority()).isEqualTo(Priority.P1);
    assertThat(after.statusMails().firstDue()).isEqualTo(RAISED.plus(Duration.ofMinutes(30)));
    assertThat(ports.wakeUps).containsExactly(RAISED.plus(Duration.ofMinutes(30)));
  }

  @Test
  void theSameVersionAgainOrAnOlderOneSendsNothingMore() {
    ports.cases.put("case-1", notCovered("noc@globaltel.example"));
    caseChanges.redecided(decision(3, true, Priority.P1, "noc@globaltel.example"));

    assertThat(caseChanges.redecided(decision(3, true, Priority.P1, "noc@globaltel.example"))).contains(List.of());
    assertThat(caseChanges.redecided(decision(2, false, Priority.P3, "noc@globaltel.example"))).contains(List.of());
    assertThat(ports.mails).hasSize(1);
    assertThat(ports.cases.get("case-1").decisionVersion()).isEqualTo(3);
  }

  @Test
  void noLongerCoveredTheReporterIsToldTheReasonAndTheStatusMailsStop() {
    ports.cases.put("case-1", notCovered("noc@globaltel.example"));
    caseChanges.redecided(decision(2, true, Priority.P1, "noc@globaltel.example"));

    caseChanges.redecided(decision(3, false, Priority.P3, "noc@globaltel.example"));

    assertThat(ports.mails).extracting(m -> m.subject()).containsExactly(
        "[ACME-000042] Your request is now covered: Core switch down",
        "[ACME-000042] Your request is no longer covered: Core switch down");
    assertThat(ports.mails.getLast().fields()).containsEntry("reason", "Phone support is for P1 only.")
        .doesNotContainKey("deadlines");
    assertThat(ports.cases.get("case-1").statusMails().isRunning()).isFalse();
    assertThat(ports.timeline).last().isEqualTo("cancel case-1");
  }

  @Test
  void otherTermsTellTheNewDeadlines() {
    ports.cases.put("case-1", notCovered("noc@globaltel.example"));
    caseChanges.redecided(decision(2, true, Priority.P3, "noc@globaltel.example"));
    caseChanges.redecided(decision(3, true, Priority.P1, "noc@globaltel.example"));

    assertThat(ports.mails.getLast().subject()).isEqualTo("[ACME-000042] New deadlines for your request: Core switch down");
    assertThat(ports.mails.getLast().fields().get("deadlines")).startsWith("First response by");
  }

  @Test
  void aReporterWithoutAnAddressIsRecordedAsNotMailedOncePerVersion() {
    ports.cases.put("case-1", notCovered(null));

    List<DeliveryAttempt> outcome = caseChanges.redecided(decision(2, true, Priority.P1, null)).orElseThrow();

    assertThat(ports.mails).isEmpty();
    assertThat(outcome).singleElement().isInstanceOfSatisfying(NotificationFailed.class, f -> {
      assertThat(f.notificationId()).isEqualTo("case-1:ACKNOWLEDGEMENT:v2");
      assertThat(f.failureReason()).contains("no e-mail address");
      assertThat(f.subject()).contains("now covered");
    });
    assertThat(ports.cases.get("case-1").decisionVersion()).isEqualTo(2);
  }

  @Test
  void aCaseNotFollowedYetIsLeftToTheFirstDecisionsPath() {
    assertThat(caseChanges.redecided(decision(2, true, Priority.P1, "noc@globaltel.example"))).isEmpty();
  }
}
