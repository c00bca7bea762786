package io.supportflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifiedCaseTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:00Z");
  private static final Map<Priority, Duration> CADENCES = Map.of(
      Priority.P1, Duration.ofMinutes(30), Priority.P2, Duration.ofMinutes(60));

  private static NotifiedCase p3() {
    return new NotifiedCase("acme", "case-1", "ACME-000042", "Checkout is slow", "Olivia Ops",
        "ops@northwind.example", Priority.P3, RECEIVED, ZoneId.of("Europe/Amsterdam"),
        StatusMailPlan.fromReceipt(CADENCES, false, Priority.P3, RECEIVED), 3, "NEW", null, false, false, null, null);
  }

  private static CaseEvent change(Priority to, int minutes) {
    return new CaseEvent("change-" + to + "-" + minutes, RECEIVED.plus(Duration.ofMinutes(minutes)), "case-1",
        "ACME-000042", CaseEvent.Kind.PRIORITY_CHANGED, "OPEN", null, to);
  }

  @Test
  void aPriorityChangeSetsThePriorityAndReplansFromTheChange() {
    NotifiedCase raised = p3().after(change(Priority.P1, 10));

    assertThat(raised.priority()).isEqualTo(Priority.P1);
    assertThat(raised.priorityChangedAt()).isEqualTo(RECEIVED.plus(Duration.ofMinutes(10)));
    assertThat(raised.statusMails().firstDue()).isEqualTo(RECEIVED.plus(Duration.ofMinutes(40)));
    assertThat(raised.expectsStatusMails()).isTrue();
  }

  @Test
  void theSameChangeSeenAgainOrAnOlderOneChangesNothing() {
    NotifiedCase raised = p3().after(change(Priority.P1, 10));

    assertThat(raised.after(change(Priority.P1, 10))).isEqualTo(raised);
    assertThat(raised.after(change(Priority.P2, 5))).isEqualTo(raised);
  }

  @Test
  void aChangeToTheSamePriorityKeepsTheBeat() {
    NotifiedCase raised = p3().after(change(Priority.P1, 10));

    assertThat(raised.after(change(Priority.P1, 25)).statusMails()).isEqualTo(raised.statusMails());
  }

  @Test
  void resolvingEndsTheStatusMailsAndOtherActivitiesKeepThePlan() {
    NotifiedCase raised = p3().after(change(Priority.P1, 10));
    CaseEvent answer = new CaseEvent("a-1", RECEIVED.plus(Duration.ofMinutes(12)), "case-1", "ACME-000042",
        CaseEvent.Kind.AGENT_RESPONDED, "OPEN", "Looking into it.", null);
    CaseEvent resolved = new CaseEvent("r-1", RECEIVED.plus(Duration.ofMinutes(20)), "case-1", "ACME-000042",
        CaseEvent.Kind.RESOLVED, "RESOLVED", null, null);

    NotifiedCase answered = raised.after(answer);
    assertThat(answered.statusMails()).isEqualTo(raised.statusMails());
    assertThat(answered.latestResponse()).isEqualTo("Looking into it.");
    assertThat(answered.after(resolved).expectsStatusMails()).isFalse();
  }
}
