package io.supportflow.console.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.console.domain.CaseSummary;
import io.supportflow.infra.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live changes, polled by hand (the scheduler's interval is an hour here). */
class PolledCaseChangesTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private final MutableClock clock = new MutableClock(T0);
  private final List<CaseSummary> stored = new CopyOnWriteArrayList<>();
  private final PolledCaseChanges changes = new PolledCaseChanges(
      (tenant, since) -> stored.stream().filter(s -> s.caseNumber().startsWith(tenant))
          .filter(s -> s.updatedAt().isAfter(since)).toList(),
      clock, Duration.ofHours(1));

  @AfterEach
  void stop() {
    changes.close();
  }

  private static CaseSummary summary(String number, Instant updatedAt) {
    return new CaseSummary(number, "NEW", "P1", "PORTAL", "Down", null, "Ada", T0, null, false, updatedAt);
  }

  @Test
  void aListenerHearsEachChangeOfItsTenantOnceAndNothingAfterClosing() throws Exception {
    List<String> heard = new ArrayList<>();
    AutoCloseable subscription = changes.subscribe("acme", s -> heard.add(s.caseNumber() + "@" + s.updatedAt()));
    stored.add(summary("acme-1", T0.plusSeconds(1)));
    stored.add(summary("globex-1", T0.plusSeconds(1)));

    changes.pollAll();
    changes.pollAll();
    stored.add(summary("acme-1", T0.plusSeconds(2)));
    changes.pollAll();
    subscription.close();
    stored.add(summary("acme-2", T0.plusSeconds(3)));
    changes.pollAll();

    assertThat(heard).containsExactly("acme-1@" + T0.plusSeconds(1), "acme-1@" + T0.plusSeconds(2));
  }

  @Test
  void changesBeforeTheSubscriptionAreNotReplayed() {
    stored.add(summary("acme-1", T0.minusSeconds(60)));
    List<CaseSummary> heard = new ArrayList<>();
    changes.subscribe("acme", heard::add);

    changes.pollAll();

    assertThat(heard).isEmpty();
  }

  @Test
  void aChangeWrittenLateWithAnEarlierInstantIsStillHeard() {
    List<String> heard = new ArrayList<>();
    changes.subscribe("acme", s -> heard.add(s.caseNumber()));
    stored.add(summary("acme-1", T0.plusSeconds(10)));
    changes.pollAll();
    // Another instance's write, stamped a little earlier by its clock, lands after the poll.
    stored.add(summary("acme-2", T0.plusSeconds(8)));
    changes.pollAll();

    assertThat(heard).containsExactly("acme-1", "acme-2");
  }
}
