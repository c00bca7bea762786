package io.supportflow.observability.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Duration;

/** How late durable timers fire after their due time, by timer kind (a handful per service). */
public final class TimerFiringMeters {

  private TimerFiringMeters() {}

  public static void observe(TimerScheduler scheduler, MeterRegistry registry) {
    scheduler.observeFirings((timer, lateness) -> Timer.builder("supportflow.timers.lateness")
        .description("Delay between a timer's due time and its firing")
        .tag("kind", timer.kind())
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofMinutes(10))
        .register(registry)
        .record(lateness.isNegative() ? Duration.ZERO : lateness));
  }
}
