package io.supportflow.observability.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
import java.time.Duration;

/**
 * The business facts, counted from the events the services publish: the event is the fact, so the
 * meter cannot disagree with what the other services hear. Tags are enums and bounded codes only:
 * never a case id, case number or address; the tenant only on cases opened (one per customer of
 * the platform, a bounded set).
 */
public class BusinessEventMeters {

  private final MeterRegistry registry;

  public BusinessEventMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Counts one published event; events without a business meter are ignored. */
  public void published(Object event) {
    switch (event) {
      case RequestReceived opened -> Counter.builder("supportflow.cases.opened")
          .description("Cases opened, by tenant and channel")
          .tag("tenant", opened.getTenantId()).tag("channel", opened.getChannel().name())
          .register(registry).increment();
      case EntitlementDecided decided -> Counter.builder("supportflow.decisions")
          .description("Entitlement decisions, by outcome and reason code")
          .tag("outcome", decided.getOutcome().name()).tag("reason", decided.getReasonCode())
          .tag("priority", decided.getPriority().name())
          .register(registry).increment();
      case SlaClockChanged changed -> slaClock(changed);
      case EscalationRaised raised -> Counter.builder("supportflow.escalations")
          .description("Escalations raised, by level and priority")
          .tag("level", String.valueOf(raised.getLevel())).tag("priority", raised.getPriority().name())
          .register(registry).increment();
      case NotificationAttempted mail -> Counter.builder("supportflow.mails")
          .description("Mails attempted, by kind and outcome")
          .tag("kind", mail.getKind().name()).tag("outcome", mail.getOutcome().name())
          .register(registry).increment();
      default -> { }
    }
  }

  private void slaClock(SlaClockChanged changed) {
    Counter.builder("supportflow.sla.clock.changes")
        .description("SLA clock changes, by change, clock and priority")
        .tag("change", changed.getChange().name()).tag("clock", changed.getClock().name())
        .tag("priority", changed.getPriority().name())
        .register(registry).increment();
    if (changed.getClock() == SlaClockKind.FIRST_RESPONSE && changed.getChange() == SlaClockChange.MET) {
      Timer.builder("supportflow.first.response")
          .description("Time to first response in counted (business) time, by priority")
          .tag("priority", changed.getPriority().name())
          .publishPercentileHistogram()
          .maximumExpectedValue(Duration.ofDays(3))
          .register(registry).record(Duration.ofMillis(changed.getCountedMillis()));
    }
  }
}
