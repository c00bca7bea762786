package io.supportflow.escalation.domain;

import static io.supportflow.escalation.domain.EscalationMatrix.CTO;
import static io.supportflow.escalation.domain.EscalationMatrix.CUSTOMER_RELATIONS_MANAGER;
import static io.supportflow.escalation.domain.EscalationMatrix.TECHNICAL_SUPPORT_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.escalation.adapter.messaging.MatrixChoice;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
import io.supportflow.timeline.TermsSegment;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A re-decided case: its walk started, stopped or re-planned from the new decision's instant, no role told twice. */
class ReDecidedWalkTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  private static final EscalationWalk.Plan CARRIER_GRADE = new EscalationWalk.Plan(
      new EscalationMatrix(MatrixChoice.carrierGradePlans(), false),
      new Roster(Map.of(TECHNICAL_SUPPORT_MANAGER, new Person("Tessa", "tessa@acme.example"),
          CUSTOMER_RELATIONS_MANAGER, new Person("Carl", "carl@acme.example"), CTO, new Person("Chief", "cto@acme.example"))),
      BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/Amsterdam")));

  private static Instant at(int minutes) {
    return T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void aCaseEntitledLaterStartsItsWalkThenWithTheOffsetsCountedFromThen() {
    EscalationReport report = EscalationWalk.evaluate(List.of(
            new TermsSegment<>(1, T0, Priority.P3, null),
            new TermsSegment<>(2, at(30), Priority.P1, CARRIER_GRADE)),
        T0, List.of(Activity.priorityChanged(at(30), Priority.P1)), at(100));

    assertThat(report.reached()).extracting(ReachedLevel::role, ReachedLevel::reachedAt, ReachedLevel::priority)
        .containsExactly(tuple(TECHNICAL_SUPPORT_MANAGER, at(30), Priority.P1),
            tuple(CUSTOMER_RELATIONS_MANAGER, at(90), Priority.P1));
    assertThat(report.next()).singleElement().satisfies(next -> {
      assertThat(next.role()).isEqualTo(CTO);
      assertThat(next.dueAt()).isEqualTo(at(30 + 240));
    });
  }

  @Test
  void aCaseNotEntitledIsNeverWalkedBeforeItsEntitlement() {
    EscalationReport report = EscalationWalk.evaluate(List.of(new TermsSegment<>(1, T0, Priority.P1, null)),
        T0, List.of(), at(600));

    assertThat(report.reached()).isEmpty();
    assertThat(report.next()).isEmpty();
  }

  @Test
  void aCaseNoLongerEntitledStopsItsWalkAndTheLevelsReachedStand() {
    EscalationReport report = EscalationWalk.evaluate(List.of(
            new TermsSegment<>(1, T0, Priority.P1, CARRIER_GRADE),
            new TermsSegment<>(2, at(30), Priority.P1, null)),
        T0, List.of(), at(600));

    assertThat(report.reached()).extracting(ReachedLevel::role).containsExactly(TECHNICAL_SUPPORT_MANAGER);
    assertThat(report.next()).isEmpty();
  }

  @Test
  void reEntitledTheWalkGoesOnWithoutTellingARoleTwice() {
    EscalationReport report = EscalationWalk.evaluate(List.of(
            new TermsSegment<>(1, T0, Priority.P1, CARRIER_GRADE),
            new TermsSegment<>(2, at(10), Priority.P1, null),
            new TermsSegment<>(3, at(20), Priority.P1, CARRIER_GRADE)),
        T0, List.of(), at(100));

    assertThat(report.reached()).extracting(ReachedLevel::role, ReachedLevel::reachedAt)
        .containsExactly(tuple(TECHNICAL_SUPPORT_MANAGER, T0), tuple(CUSTOMER_RELATIONS_MANAGER, at(80)));
  }

  @Test
  void aReDecisionAtAnotherPriorityRePlansTheWalkAsAPriorityChangeDoes() {
    List<TermsSegment<EscalationWalk.Plan>> reDecided = List.of(
        new TermsSegment<>(1, T0, Priority.P2, CARRIER_GRADE),
        new TermsSegment<>(2, at(90), Priority.P1, CARRIER_GRADE));
    EscalationReport report = EscalationWalk.evaluate(reDecided, T0, List.of(), at(100));

    assertThat(report.reached()).extracting(ReachedLevel::role, ReachedLevel::reachedAt)
        .containsExactly(tuple(TECHNICAL_SUPPORT_MANAGER, at(60)), tuple(CUSTOMER_RELATIONS_MANAGER, at(90)));
    assertThat(report.reached().getLast().reason()).startsWith("P2 raised to P1");
    // The priority change that caused it, at the same instant, plans the same walk: nothing twice.
    assertThat(EscalationWalk.evaluate(reDecided, T0, List.of(Activity.priorityChanged(at(90), Priority.P1)), at(100)))
        .isEqualTo(report);
  }
}
