package io.supportflow.intake.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.intake.domain.AlertDedup;
import io.supportflow.intake.domain.InvalidActivityException;
import io.supportflow.intake.domain.MonitoringAlert;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fingerprint rule's own part: the episodes an alert's case holds, and when they are too many, on a fixed clock. */
class AlertRefiringTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String FP = "a1b2c3d4e5f60708";

  private static MonitoringAlert firing(String fingerprint, Instant startsAt) {
    return new MonitoringAlert(true, Map.of("alertname", "DiskFull"), Map.of(), startsAt, null, fingerprint, null);
  }

  /** The thread keys a case gets as the alert opens it and fires into it again (and once resolves). */
  private static Set<String> threadOf(Instant opening, Instant... refirings) {
    Set<String> keys = new HashSet<>(Set.of(AlertDedup.episodeKey(firing(FP, opening)), "mail:<x@y>"));
    for (Instant at : refirings) {
      keys.add(AlertDedup.firingKey(firing(FP, at)));
      keys.add(AlertDedup.resolvedKey(firing(FP, at)));
    }
    keys.add(AlertDedup.firingKey(firing("otherfingerprint", NOW)));
    return keys;
  }

  @Test
  void theEpisodesOfOneAlertAreReadFromItsCasesThreadKeys() {
    Instant a = NOW.minus(Duration.ofMinutes(50));
    Instant b = NOW.minus(Duration.ofMinutes(20));
    Instant c = NOW.minus(Duration.ofMinutes(5));

    assertThat(AlertDedup.episodeStarts(threadOf(a, b, c), FP)).containsExactly(a, b, c);
    assertThat(AlertDedup.episodeStarts(threadOf(a), "nothing-like-it")).isEmpty();
  }

  @Test
  void anAlertKeepsFiringWhenItStartedThatManyEpisodesInsideTheWindow() {
    AlertRefiring threeIn30 = new AlertRefiring(3, Duration.ofMinutes(30));
    Set<Instant> starts = AlertDedup.episodeStarts(threadOf(NOW.minus(Duration.ofMinutes(50)),
        NOW.minus(Duration.ofMinutes(20)), NOW.minus(Duration.ofMinutes(5))), FP);

    assertThat(threeIn30.keepsFiring(starts, CLOCK)).as("only two inside the last 30 minutes").isFalse();
    assertThat(new AlertRefiring(3, Duration.ofMinutes(60)).keepsFiring(starts, CLOCK)).isTrue();
    assertThat(new AlertRefiring(2, Duration.ofMinutes(30)).keepsFiring(starts, CLOCK)).isTrue();
    assertThat(new AlertRefiring(2, Duration.ofMinutes(30)).keepsFiring(starts, Clock.offset(CLOCK, Duration.ofMinutes(30))))
        .as("half an hour later the window has moved past them").isFalse();
  }

  @Test
  void theSettingsAreBoundedAndTheTitleNamesTheAlert() {
    assertThatThrownBy(() -> new AlertRefiring(1, Duration.ofMinutes(30))).isInstanceOf(InvalidActivityException.class);
    assertThatThrownBy(() -> new AlertRefiring(3, Duration.ZERO)).isInstanceOf(InvalidActivityException.class);
    assertThat(AlertRefiring.title("Disk almost full on db-1")).isEqualTo("Alert keeps firing: Disk almost full on db-1");
  }
}
