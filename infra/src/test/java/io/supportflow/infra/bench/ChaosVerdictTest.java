package io.supportflow.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the chaos verdict stops waiting for the services behind the acknowledgement. */
class ChaosVerdictTest {

  @Test
  void aDecidedCaseWhoseClockSlaHasNotPublishedYetIsWaitedFor() {
    Map<String, Integer> one = Map.of("ACME-1", 1);
    OutsideCheck.Counts clockLate = new OutsideCheck.Counts(one, one, one, Map.of(), one, 0, 0);
    OutsideCheck.Counts complete = new OutsideCheck.Counts(one, one, one, one, one, 0, 0);
    OutsideCheck.Counts mailLate = new OutsideCheck.Counts(one, one, one, one, Map.of(), 0, 0);

    assertThat(ChaosRun.caughtUp(clockLate)).isFalse();
    assertThat(ChaosRun.caughtUp(mailLate)).isFalse();
    assertThat(ChaosRun.caughtUp(complete)).isTrue();
  }
}
