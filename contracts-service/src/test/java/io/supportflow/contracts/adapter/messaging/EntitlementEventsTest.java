package io.supportflow.contracts.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.EntitledTerms;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.ReactionMetric;
import io.supportflow.contracts.domain.ReactionTarget;
import io.supportflow.contracts.domain.TargetUnit;
import io.supportflow.events.ContractTerms;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The terms snapshot as the other services read it from the decision. */
class EntitlementEventsTest {

  private static final CoverageCalendar ALL_DAY = CoverageCalendar.twentyFourSeven(ZoneId.of("Europe/Amsterdam"));
  private static final List<ReactionTarget> P1_15 =
      List.of(new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES));

  @Test
  void thePlansRoundTheClockPrioritiesAndTheTenantsDeskRulesTravelOnTheTerms() {
    EntitledTerms entitled = new EntitledTerms("infra-24x7", null, ALL_DAY, P1_15,
        List.of(Priority.P1, Priority.P2), null, List.of(), List.of(), List.of(), true, true);

    ContractTerms terms = EntitlementEvents.terms(entitled);

    assertThat(terms.getAroundTheClockOnceWorking())
        .containsExactly(io.supportflow.events.Priority.P1, io.supportflow.events.Priority.P2);
    assertThat(terms.getRaiseOnBreach()).isTrue();
    assertThat(terms.getStatusMailsWhileOnHold()).isTrue();
  }

  @Test
  void termsWithoutThemSayNoPriorityAndBothRulesOff() {
    EntitledTerms entitled = new EntitledTerms("custom", "Team", ALL_DAY, P1_15,
        null, null, null, null, null, false, false);

    ContractTerms terms = EntitlementEvents.terms(entitled);

    assertThat(terms.getAroundTheClockOnceWorking()).isEmpty();
    assertThat(terms.getRaiseOnBreach()).isFalse();
    assertThat(terms.getStatusMailsWhileOnHold()).isFalse();
  }
}
