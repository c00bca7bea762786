package io.supportflow.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.escalation.domain.DecidedCase;
import io.supportflow.escalation.domain.EntitlementOutcome;
import io.supportflow.escalation.domain.Priority;
import io.supportflow.escalation.domain.WatchPolicy;
import io.supportflow.escalation.domain.WatchedCase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchEntitledCaseTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");
  private static final Instant NOW = Instant.parse("2026-11-24T09:15:03Z");

  private final List<WatchRecord> stored = new ArrayList<>();
  private final WatchEntitledCase useCase =
      new WatchEntitledCase(stored::add, new WatchPolicy(), Clock.fixed(NOW, ZoneOffset.UTC));

  private static EntitlementNotice notice(EntitlementOutcome outcome, boolean hasTerms) {
    return new EntitlementNotice("decision-1",
        new DecidedCase("case-1", "acme", "ACME-000042", outcome, Priority.P1, RECEIVED, hasTerms, "carrier-grade"));
  }

  @Test
  void anEntitledCaseIsStoredWithTheDecisionThatPutItUnderWatchAndWhen() {
    useCase.watch(notice(EntitlementOutcome.ENTITLED, true));

    assertThat(stored).containsExactly(new WatchRecord(
        new WatchedCase("case-1", "acme", "ACME-000042", Priority.P1, RECEIVED, "carrier-grade"),
        "decision-1", NOW));
  }

  @Test
  void aCaseThatIsNotEntitledIsNotStored() {
    useCase.watch(notice(EntitlementOutcome.NOT_ENTITLED, false));

    assertThat(stored).isEmpty();
  }
}
