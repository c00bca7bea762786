package io.supportflow.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WatchPolicyTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");
  private final WatchPolicy policy = new WatchPolicy();

  private static DecidedCase decided(EntitlementOutcome outcome, boolean hasTerms, String matrix) {
    return new DecidedCase("case-1", "acme", "ACME-000042", outcome, Priority.P2, RECEIVED, hasTerms, matrix);
  }

  @Test
  void anEntitledCaseIsWatchedWithItsMatrixCountingFromReceipt() {
    assertThat(policy.watch(decided(EntitlementOutcome.ENTITLED, true, "carrier-grade")))
        .contains(new WatchedCase("case-1", "acme", "ACME-000042", Priority.P2, RECEIVED, "carrier-grade"));
  }

  @Test
  void aCaseWorkedAfterAQuoteIsWatchedToo() {
    assertThat(policy.watch(decided(EntitlementOutcome.QUOTE_REQUIRED, true, "carrier-grade"))).isPresent();
  }

  @Test
  void anEntitledCaseWhoseTermsNameNoMatrixIsStillWatched() {
    assertThat(policy.watch(decided(EntitlementOutcome.ENTITLED, true, null)))
        .hasValueSatisfying(w -> assertThat(w.escalationMatrixId()).isNull());
  }

  @ParameterizedTest
  @EnumSource(value = EntitlementOutcome.class, names = {"UPGRADE_ASSISTANCE_ONLY", "REDIRECTED", "NOT_ENTITLED"})
  void aCaseThatIsNotWorkedUnderTermsIsNotWatched(EntitlementOutcome outcome) {
    assertThat(policy.watch(decided(outcome, false, null))).isEmpty();
  }

  @Test
  void anEntitledDecisionThatCarriesNoTermsHasNothingToWalk() {
    assertThat(policy.watch(decided(EntitlementOutcome.ENTITLED, false, null))).isEmpty();
  }
}
