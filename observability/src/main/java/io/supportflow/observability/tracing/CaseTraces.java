package io.supportflow.observability.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/**
 * A case's trace across work done later than the request that began it: what is stored to be done
 * later (a durable timer, an outbox entry a relay announces) keeps the W3C {@code traceparent} of
 * the handling that stored it ({@link #currentTraceparent()}), and the later work runs in a span
 * of that trace ({@link #continueTrace}), so the records it publishes carry the case's trace id
 * instead of one of their own.
 */
public record CaseTraces(Tracer tracer, Propagator propagator, ObservationRegistry observations) {

  /** Without tracing: nothing is kept and nothing is continued. */
  public static final CaseTraces NONE = new CaseTraces(null, null, null);

  static final String TRACEPARENT = "traceparent";

  /** The W3C traceparent of the span in scope; null when no span is. */
  public String currentTraceparent() {
    Span span = tracer == null ? null : tracer.currentSpan();
    if (span == null) {
      return null;
    }
    Map<String, String> carrier = new HashMap<>();
    propagator.inject(span.context(), carrier, Map::put);
    return carrier.get(TRACEPARENT);
  }

  /**
   * Runs what follows, until the scope is closed, in a span of the stored trace: an observation
   * {@code supportflow.trace.continued} tagged with its origin (timer, relay), whose parent is the
   * stored traceparent. Nothing is opened without a traceparent, or when its trace is the current one
   * already (an announcement made by the request itself).
   *
   * @param origin what continues the trace, a bounded word ("timer", "relay")
   * @param name the span's name, e.g. "timer sla-warning"
   */
  public Scope continueTrace(String traceparent, String origin, String name) {
    if (tracer == null || traceparent == null || traceparent.isBlank()) {
      return Scope.NOTHING;
    }
    Span current = tracer.currentSpan();
    if (current != null && traceparent.contains(current.context().traceId())) {
      return Scope.NOTHING;
    }
    ReceiverContext<Map<String, String>> context = new ReceiverContext<>(Map::get, Kind.CONSUMER);
    context.setCarrier(Map.of(TRACEPARENT, traceparent));
    Observation observation = Observation.createNotStarted("supportflow.trace.continued", () -> context, observations)
        .contextualName(name)
        .lowCardinalityKeyValue("origin", origin)
        .start();
    Observation.Scope scope = observation.openScope();
    return () -> {
      scope.close();
      observation.stop();
    };
  }

  /** An opened span; closing it ends the span and restores what was in scope before. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {

    Scope NOTHING = () -> { };

    @Override
    void close();
  }
}
