package io.supportflow.sla.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.sla.domain.ClockKind;
import io.supportflow.sla.domain.DecidedCase;
import io.supportflow.sla.domain.EntitlementOutcome;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.ReactionWindow;
import io.supportflow.sla.domain.ResponseClock;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.UnsupportedTargetUnitException;
import io.supportflow.sla.domain.WarningShare;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StartFirstResponseClockTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");
  private static final Instant NOW = Instant.parse("2026-11-24T09:15:02Z");
  private static final ReactionTarget P1_15_MINUTES =
      new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES);

  private static final String STARTED_EVENT_ID = UUID.nameUUIDFromBytes(
      "sla:case-1:FIRST_RESPONSE:STARTED".getBytes(StandardCharsets.UTF_8)).toString();

  private final InMemoryClockStore store = new InMemoryClockStore();

  private StartFirstResponseClock useCaseAt(Instant now) {
    return new StartFirstResponseClock(store, WarningShare.DEFAULT, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static EntitlementNotice notice(String decisionEventId, EntitlementOutcome outcome, ReactionTarget... targets) {
    return new EntitlementNotice(decisionEventId, "acme", "ACME-000042",
        new DecidedCase("case-1", outcome, Priority.P1, RECEIVED, List.of(targets)));
  }

  @Test
  void anEntitledDecisionStartsTheClockAtReceiptWithADeterministicEventId() {
    StartedClock started = useCaseAt(NOW).start(notice("decision-1", EntitlementOutcome.ENTITLED, P1_15_MINUTES)).orElseThrow();

    assertThat(started).isEqualTo(new StartedClock(
        STARTED_EVENT_ID, RECEIVED, NOW, "decision-1", "acme", "ACME-000042",
        new ResponseClock("case-1", ClockKind.FIRST_RESPONSE, Priority.P1, new ReactionWindow(
            P1_15_MINUTES, RECEIVED, Instant.parse("2026-11-24T09:26:15Z"), Instant.parse("2026-11-24T09:30:00Z")))));
    assertThat(store.clocks).containsOnlyKeys("case-1:FIRST_RESPONSE");
  }

  @Test
  void aRedeliveredDecisionGetsTheStoredClockBackUnchanged() {
    StartedClock first = useCaseAt(NOW).start(notice("decision-1", EntitlementOutcome.ENTITLED, P1_15_MINUTES)).orElseThrow();

    Optional<StartedClock> again =
        useCaseAt(NOW.plusSeconds(90)).start(notice("decision-1", EntitlementOutcome.ENTITLED, P1_15_MINUTES));

    assertThat(again).contains(first);
    assertThat(store.saves).isEqualTo(1);
  }

  @Test
  void aDecisionWithoutTermsStartsNothingAndStoresNothing() {
    assertThat(useCaseAt(NOW).start(notice("decision-1", EntitlementOutcome.NOT_ENTITLED))).isEmpty();
    assertThat(store.clocks).isEmpty();
  }

  @Test
  void aBusinessTimeTargetFailsTheDeliveryAndStoresNothing() {
    ReactionTarget fourBusinessHours =
        new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 4, TargetUnit.BUSINESS_HOURS);

    assertThatThrownBy(() -> useCaseAt(NOW).start(notice("decision-1", EntitlementOutcome.ENTITLED, fourBusinessHours)))
        .isInstanceOf(UnsupportedTargetUnitException.class);
    assertThat(store.clocks).isEmpty();
  }

  private static final class InMemoryClockStore implements ClockStore {
    final Map<String, StartedClock> clocks = new HashMap<>();
    int saves;

    @Override
    public Optional<StartedClock> find(String clockId) {
      return Optional.ofNullable(clocks.get(clockId));
    }

    @Override
    public StartedClock saveOnce(StartedClock clock) {
      saves++;
      return clocks.merge(clock.clock().clockId(), clock, (stored, ignored) -> stored);
    }
  }
}
