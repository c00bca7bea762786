package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntitlementPolicyTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private final EntitlementPolicy policy = new EntitlementPolicy();
  private final Customer northwind =
      new Customer("northwind", "acme", "Northwind Traders", Set.of("northwind.example"));

  private Contract contract(LocalDate from, LocalDate to) {
    return new Contract("c-1", "acme", "northwind", "infra-24x7", null, from, to,
        CoverageCalendar.twentyFourSeven(AMSTERDAM),
        List.of(new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES)),
        null);
  }

  @Test
  void requestWithinARunningContractIsEntitledWithItsTerms() {
    Contract running = contract(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

    EntitlementDecision decision =
        policy.decide(northwind, running, Instant.parse("2026-06-01T10:00:00Z"));

    assertThat(decision).isEqualTo(new EntitlementDecision(
        EntitlementOutcome.ENTITLED, "CONTRACT_ACTIVE",
        "Your request is covered by your infra-24x7 contract, valid until 31 December 2026.",
        northwind, running));
    assertThat(decision.carriesTerms()).isTrue();
  }

  @Test
  void requestAfterTheLastDayIsNotEntitledAndOffersARenewalQuote() {
    Contract ended = contract(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

    EntitlementDecision decision =
        policy.decide(northwind, ended, Instant.parse("2026-01-02T10:00:00Z"));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(decision.reasonCode()).isEqualTo("CONTRACT_EXPIRED");
    assertThat(decision.reason())
        .isEqualTo("Your support contract ended on 31 December 2025. Your software keeps working;"
            + " we have kept your request and can send you a quote to renew maintenance.");
    assertThat(decision.carriesTerms()).isFalse();
  }

  @Test
  void theLastDayCountsInTheContractsZoneNotInUtc() {
    Contract endsNewYearsEve = contract(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    // 23:30 UTC on 31 Dec is already 1 January in Amsterdam.
    Instant lateEvening = Instant.parse("2025-12-31T23:30:00Z");

    assertThat(policy.decide(northwind, endsNewYearsEve, lateEvening).reasonCode())
        .isEqualTo("CONTRACT_EXPIRED");
    assertThat(policy.decide(northwind, endsNewYearsEve, Instant.parse("2025-12-31T22:30:00Z"))
        .reasonCode()).isEqualTo("CONTRACT_ACTIVE");
  }

  @Test
  void requestBeforeTheFirstDayIsNotEntitledYet() {
    Contract future = contract(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));

    EntitlementDecision decision =
        policy.decide(northwind, future, Instant.parse("2026-06-01T10:00:00Z"));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(decision.reasonCode()).isEqualTo("CONTRACT_NOT_STARTED");
  }

  @Test
  void unknownSenderIsAnsweredAndAskedWhoTheyAre() {
    EntitlementDecision decision = policy.decide(null, null, Instant.parse("2026-06-01T10:00:00Z"));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(decision.reasonCode()).isEqualTo("UNKNOWN_CUSTOMER");
    assertThat(decision.customer()).isNull();
  }

  @Test
  void customerWithoutContractIsOfferedAQuote() {
    EntitlementDecision decision =
        policy.decide(northwind, null, Instant.parse("2026-06-01T10:00:00Z"));

    assertThat(decision.reasonCode()).isEqualTo("NO_CONTRACT");
    assertThat(decision.reason()).startsWith("Northwind Traders has no support contract with us.");
  }
}
