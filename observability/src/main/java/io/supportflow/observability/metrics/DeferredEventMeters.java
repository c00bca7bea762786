package io.supportflow.observability.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * How long events wait for an earlier one that travels on another topic (an activity or an SLA
 * alert that reached notification before its case's decision): {@code supportflow.deferred} by
 * origin, what waited ("activity", "sla-alert"), a bounded set. Recorded when the event is finally
 * applied, so an event still waiting shows in the early-events backlog gauges instead.
 */
public class DeferredEventMeters {

  /** Without a meter registry: records nothing. */
  public static final DeferredEventMeters NONE = new DeferredEventMeters(null);

  private final MeterRegistry registry;

  public DeferredEventMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** One event of that origin waited that long before it was applied. */
  public void waited(String origin, Duration waited) {
    if (registry == null) {
      return;
    }
    Timer.builder("supportflow.deferred")
        .description("How long an event waited for an earlier event before it was applied, by origin")
        .tag("origin", origin)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofHours(1))
        .register(registry)
        .record(waited.isNegative() ? Duration.ZERO : waited);
  }
}
