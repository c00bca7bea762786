package io.supportflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusMailPlanTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:00Z");
  private static final Map<Priority, Duration> CADENCES = Map.of(
      Priority.P1, Duration.ofMinutes(30), Priority.P2, Duration.ofMinutes(60));

  private static Instant at(int minutes) {
    return RECEIVED.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void fromReceiptTheNthMailIsDueNCadencesLater() {
    StatusMailPlan plan = StatusMailPlan.fromReceipt(CADENCES, false, Priority.P1, RECEIVED);

    assertThat(plan.firstDue()).isEqualTo(at(30));
    assertThat(plan.due(3)).isEqualTo(at(90));
    assertThat(plan.numberDueAt(at(60))).hasValue(2);
  }

  @Test
  void anInstantOffTheBeatOrAtTheAnchorIsNoMail() {
    StatusMailPlan plan = StatusMailPlan.fromReceipt(CADENCES, false, Priority.P1, RECEIVED);

    assertThat(plan.numberDueAt(at(45))).isEmpty();
    assertThat(plan.numberDueAt(RECEIVED)).isEmpty();
    assertThat(plan.numberDueAt(at(-30))).isEmpty();
  }

  @Test
  void aChangeMidBeatKeepsTheNumbersDueBeforeItAndBeatsOnFromTheChange() {
    StatusMailPlan plan = StatusMailPlan.fromReceipt(CADENCES, false, Priority.P1, RECEIVED).changedAt(at(70), Priority.P2);

    assertThat(plan).isEqualTo(new StatusMailPlan(CADENCES, false, at(70), Duration.ofMinutes(60), 2));
    assertThat(plan.firstDue()).isEqualTo(at(130));
    assertThat(plan.numberDueAt(at(130))).hasValue(3);
    assertThat(plan.numberDueAt(at(90))).as("the old beat's third mail").isEmpty();
  }

  @Test
  void aPriorityWithoutCadenceStopsTheMailsAndRaisingAgainNumbersOn() {
    StatusMailPlan stopped = StatusMailPlan.fromReceipt(CADENCES, false, Priority.P1, RECEIVED).changedAt(at(65), Priority.P4);

    assertThat(stopped.isRunning()).isFalse();
    assertThat(stopped.numberDueAt(at(90))).isEmpty();

    StatusMailPlan again = stopped.changedAt(at(200), Priority.P1);
    assertThat(again.firstDue()).isEqualTo(at(230));
    assertThat(again.numberDueAt(at(230))).hasValue(3);
  }

  @Test
  void aCaseWithoutMailsAtReceiptStartsThemWhenRaised() {
    StatusMailPlan p3 = StatusMailPlan.fromReceipt(CADENCES, false, Priority.P3, RECEIVED);
    assertThat(p3.isRunning()).isFalse();

    assertThat(p3.changedAt(at(10), Priority.P1).firstDue()).isEqualTo(at(40));
  }

  @Test
  void aChangeDatedBeforeTheAnchorCountsFromTheAnchor() {
    StatusMailPlan plan = StatusMailPlan.fromReceipt(CADENCES, false, Priority.P3, RECEIVED).changedAt(at(-5), Priority.P1);

    assertThat(plan.firstDue()).isEqualTo(at(30));
  }

  @Test
  void aCaseWithoutCadencesNeverGetsMails() {
    StatusMailPlan none = StatusMailPlan.none(RECEIVED);

    assertThat(none.changedAt(at(10), Priority.P1).isRunning()).isFalse();
  }
}
