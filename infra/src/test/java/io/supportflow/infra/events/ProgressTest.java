package io.supportflow.infra.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), clock);

  @Test
  void aShortReadPrintsNoProgress() {
    clock.advance(Duration.ofMillis(1900));
    progress.update(10, 10, 3);

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aLongExportPrintsALineEveryTwoSecondsWithWhatIsReadOfWhatThereIs() {
    clock.advance(Duration.ofSeconds(2));
    progress.update(12_500, 50_000, 300);
    clock.advance(Duration.ofSeconds(1));
    progress.update(20_000, 50_000, 400);
    clock.advance(Duration.ofSeconds(1));
    progress.update(25_000, 50_000, 500);

    assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "events: 12,500 of 50,000 records read (25 %), 300 written",
        "events: 25,000 of 50,000 records read (50 %), 500 written");
  }

  @Test
  void followingHasNoTotal() {
    clock.advance(Duration.ofSeconds(5));
    progress.update(7, -1, 2);

    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("events: 7 records read, 2 written (following)\n");
  }
}
