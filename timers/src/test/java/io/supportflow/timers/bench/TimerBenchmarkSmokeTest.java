package io.supportflow.timers.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.stack.TestStack;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** bin/benchmark timers works end to end: at a tiny scale, every scenario runs and nothing is missed. */
class TimerBenchmarkSmokeTest {

  @Test
  void everyScenarioRunsAndEveryDueTimerFiresOnce() throws Exception {
    // Timers due 8 s after they are stored: an owner JVM starting on a loaded two-core machine is
    // ready by then, so the hold scenario has on-time firings to measure.
    TimerBenchmark.Options options = TimerBenchmark.Options.parse(new String[] {
        "--open", "3000", "--rate", "500", "--seconds", "2", "--herd", "2000", "--crash", "2000",
        "--lead-ms", "8000"});
    Path logs = Files.createDirectories(Path.of("target", "benchmark-smoke"));
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    TimerBenchmark.Report report = new TimerBenchmark(options, TestStack.shared().mongoUri(), logs,
        new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

    assertThat(report.hold().lateness().count()).isPositive();
    assertThat(report.hold().heldInMemory()).isPositive();
    assertThat(report.herd().firedAll()).isEqualTo(2000);
    assertThat(report.herd().unfiredInMongo()).isZero();
    assertThat(report.crash().overdueAtKill()).isPositive();
    assertThat(report.crash().firedByNewOwner()).isEqualTo(report.crash().overdueAtKill());
    assertThat(report.crash().unfiredInMongo()).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("[hold]", "[herd]", "[crash]");
  }
}
