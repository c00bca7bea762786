package io.supportflow.escalation.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.EscalationMatrix;
import io.supportflow.escalation.domain.EscalationStep;
import io.supportflow.escalation.domain.OffsetUnit;
import io.supportflow.escalation.domain.Person;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationLevel;
import io.supportflow.events.Priority;
import io.supportflow.events.RosterEntry;
import io.supportflow.events.TimeUnit;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.timeline.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EscalationMessagesTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  private static final MatrixChoice NAMED = MatrixChoice.carrierGradeFor(Set.of("carrier-grade"));

  private static EntitlementDecided withTerms(UnaryOperator<ContractTerms.Builder> terms) {
    EntitlementDecided d = SampleDecisions.entitled("case-1", T0).build();
    return EntitlementDecided.newBuilder(d).setTerms(terms.apply(ContractTerms.newBuilder(d.getTerms())).build()).build();
  }

  @Test
  void termsNamingTheCarrierGradeMatrixGetTheDefaultMatrixAndTheirRoster() {
    EntitlementDecided d = withTerms(t -> t.setRoster(List.of(new RosterEntry("CTO", "Chief Tech", "cto@acme.example"))));

    Decision<EscalationTerms> decision = EscalationMessages.decision(d, 4, NAMED).orElseThrow();

    assertThat(decision.partition()).isEqualTo(4);
    assertThat(decision.terms().matrix()).isEqualTo(new EscalationMatrix(MatrixChoice.carrierGradePlans(), false));
    assertThat(decision.terms().roster().holderOf("CTO")).contains(new Person("Chief Tech", "cto@acme.example"));
  }

  @Test
  void aBreachRaisesTheNextLevelOnlyForTenantsWhoseTermsSaySo() {
    EntitlementDecided raising = withTerms(t -> t.setRaiseOnBreach(true));
    EntitlementDecided waiting = withTerms(t -> t.setRaiseOnBreach(false));
    EntitlementDecided ownLevels = withTerms(t -> t.setRaiseOnBreach(true).setEscalationLevels(List.of(
        new EscalationLevel(Priority.P1, 0, TimeUnit.CLOCK_MINUTES, "Duty Manager"))));

    assertThat(EscalationMessages.decision(raising, 0, NAMED).orElseThrow().terms().matrix().raiseOnBreach()).isTrue();
    assertThat(EscalationMessages.decision(waiting, 0, NAMED).orElseThrow().terms().matrix().raiseOnBreach()).isFalse();
    assertThat(EscalationMessages.decision(ownLevels, 0, NAMED).orElseThrow().terms().matrix().raiseOnBreach()).isTrue();
  }

  @Test
  void termsWithoutAMatrixAreNotWalkedUnlessTheDefaultAppliesToAll() {
    EntitlementDecided d = withTerms(t -> t.setEscalationMatrixId(null));

    assertThat(EscalationMessages.decision(d, 0, NAMED)).isEmpty();
    assertThat(EscalationMessages.decision(d, 0, MatrixChoice.carrierGradeFor(Set.of("*")))).isPresent();
  }

  @Test
  void levelsCarriedByTheTermsWinOverTheDefault() {
    EntitlementDecided d = withTerms(t -> t.setEscalationLevels(List.of(
        new EscalationLevel(Priority.P2, 4, TimeUnit.BUSINESS_HOURS, "Duty Manager"))));

    EscalationMatrix matrix = EscalationMessages.decision(d, 0, NAMED).orElseThrow().terms().matrix();

    assertThat(matrix.plan(io.supportflow.timeline.Priority.P2))
        .containsExactly(new EscalationStep(4, OffsetUnit.BUSINESS_HOURS, "Duty Manager"));
    assertThat(matrix.plan(io.supportflow.timeline.Priority.P1)).isEmpty();
  }

  @Test
  void aRefusedRequestIsNotWalked() {
    assertThat(EscalationMessages.decision(SampleDecisions.notEntitled("case-2", T0).build(), 0, NAMED))
        .isEqualTo(Optional.empty());
  }

  @Test
  void everyUnitOfTheTermsIsAnOffsetUnit() {
    for (TimeUnit unit : TimeUnit.values()) {
      EntitlementDecided d = withTerms(t -> t.setEscalationLevels(List.of(
          new EscalationLevel(Priority.P3, 2, unit, "Technical Support Manager"))));

      assertThat(EscalationMessages.decision(d, 0, NAMED).orElseThrow().terms().matrix().plan(
          io.supportflow.timeline.Priority.P3).getFirst().unit().name()).isEqualTo(unit.name());
    }
  }
}
