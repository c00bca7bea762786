package io.supportflow.intake.application.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.testing.MutableClock;
import io.supportflow.intake.domain.incident.AlertRefiring;
import io.supportflow.intake.domain.incident.IncidentRules;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RememberedIncidentRulesTest {

  /** The store, counting its reads; another instance's save is a put here. */
  private static final class CountedStore implements IncidentRuleSettings {
    final Map<String, IncidentRules> rules = new HashMap<>();
    int reads;

    @Override
    public IncidentRules rules(String tenantId) {
      reads++;
      return rules.getOrDefault(tenantId, IncidentRules.none());
    }

    @Override
    public void save(String tenantId, IncidentRules r) {
      rules.put(tenantId, r);
    }
  }

  private static final IncidentRules REFIRING = new IncidentRules(null, new AlertRefiring(3, Duration.ofMinutes(10)));

  private final CountedStore store = new CountedStore();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T08:00:00Z"));
  private final RememberedIncidentRules remembered = new RememberedIncidentRules(store, Duration.ofSeconds(5), clock);

  @Test
  void aTenantsRulesAreReadOnceWhileFreshAndAgainAfterwards() {
    assertThat(remembered.rules("acme")).isEqualTo(IncidentRules.none());
    clock.advance(Duration.ofMillis(4_999));
    remembered.rules("acme");
    remembered.rules("acme");
    assertThat(store.reads).isEqualTo(1);

    store.rules.put("acme", REFIRING); // saved on another instance
    clock.advance(Duration.ofMillis(1));

    assertThat(remembered.rules("acme")).isEqualTo(REFIRING);
    assertThat(store.reads).isEqualTo(2);
  }

  @Test
  void aSaveHereIsSeenAtOnceAndTenantsAreRememberedApart() {
    remembered.rules("acme");
    remembered.rules("globex");

    remembered.save("acme", REFIRING);

    assertThat(remembered.rules("acme")).isEqualTo(REFIRING);
    assertThat(remembered.rules("globex")).isEqualTo(IncidentRules.none());
    assertThat(store.reads).isEqualTo(3);
  }
}
