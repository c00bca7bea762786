package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertDedupTest {

  private static final Instant STARTS = Instant.parse("2026-11-24T09:00:00Z");

  @Test
  void oneFiringEpisodeHasOneKeyAndItsResolutionAnother() {
    MonitoringAlert firing = alert(true, STARTS);
    MonitoringAlert resolved = alert(false, STARTS);

    assertThat(AlertDedup.episodeKey(firing)).isEqualTo("alert:d41d8cd98f00b204:" + STARTS.toEpochMilli());
    assertThat(AlertDedup.episodeKey(resolved)).isEqualTo(AlertDedup.episodeKey(firing));
    assertThat(AlertDedup.resolvedKey(resolved)).isNotEqualTo(AlertDedup.firingKey(firing));
  }

  @Test
  void theSameAlertFiringAgainLaterIsANewEpisode() {
    assertThat(AlertDedup.episodeKey(alert(true, STARTS.plusSeconds(3600))))
        .isNotEqualTo(AlertDedup.episodeKey(alert(true, STARTS)));
  }

  @Test
  void anAlertReadsAsSummaryAndLabelsAndStatesItsSeverity() {
    MonitoringAlert alert = alert(true, STARTS);

    assertThat(alert.subject()).isEqualTo("Disk almost full on db-1");
    assertThat(alert.statedSeverity()).isEqualTo("critical");
    assertThat(alert.description()).isEqualTo("""
        Only 2% left on /var.

        Firing since 2026-11-24T09:00:00Z
        alertname=DiskFull
        instance=db-1
        severity=critical""");
  }

  @Test
  void nullLabelValuesAreLeftOut() {
    Map<String, String> labels = new HashMap<>();
    labels.put("alertname", "X");
    labels.put("severity", null);

    assertThat(new MonitoringAlert(true, labels, null, STARTS, null, "f1", null).labels())
        .containsOnlyKeys("alertname");
  }

  private static MonitoringAlert alert(boolean firing, Instant startsAt) {
    return new MonitoringAlert(firing,
        Map.of("alertname", "DiskFull", "instance", "db-1", "severity", "critical"),
        Map.of("summary", "Disk almost full on db-1", "description", "Only 2% left on /var."),
        startsAt, firing ? null : startsAt.plusSeconds(600), "d41d8cd98f00b204", null);
  }
}
