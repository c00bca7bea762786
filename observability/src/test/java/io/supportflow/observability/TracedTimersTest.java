package io.supportflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.supportflow.infra.stack.MongoWireServer;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.tracing.CaseTraces;
import io.supportflow.observability.tracing.TracedTimers;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * A durable timer belongs to its case's trace and log context: set while a case is handled, it keeps
 * the traceparent and the case number in Mongo, and its firing (by another scheduler, as after a
 * restart) runs in that trace with the case in the log context, and leaves neither behind.
 */
class TracedTimersTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().build())
      .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
      .build();
  private final OtelTracer tracer = new OtelTracer(otel.getTracer("test"), new OtelCurrentTraceContext(), event -> { });
  private final OtelPropagator propagator = new OtelPropagator(otel.getPropagators(), otel.getTracer("test"));
  private final ObservationRegistry observations = ObservationRegistry.create();
  private final CaseTraces traces = new CaseTraces(tracer, propagator, observations);
  private final MongoWireServer mongo = MongoWireServer.inMemory("localhost", 0);
  private final MongoClient client = MongoClients.create(mongo.connectionString());
  private final MongoTimerStore store = new MongoTimerStore(client.getDatabase("timers-trace-test"), Duration.ofDays(1));
  private final List<Fired> fired = new ArrayList<>();

  record Fired(String traceId, String caseId, String caseNumber, String tenantId) {}

  TracedTimersTest() {
    observations.observationConfig().observationHandler(
        new PropagatingReceiverTracingObservationHandler<>(tracer, propagator));
    observations.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
  }

  @AfterEach
  void close() {
    client.close();
    mongo.close();
    otel.close();
  }

  @Test
  void aTimerSetUnderACasesTraceFiresUnderTheSameTraceWithTheCaseInTheLogContext() {
    String traceId;
    Span request = tracer.nextSpan().name("request").start();
    try (Tracer.SpanInScope inScope = tracer.withSpan(request);
        CaseLogContext.Scope log = CaseLogContext.open("acme", "case-1", "ACME-000042")) {
      traceId = request.context().traceId();
      scheduler().schedule(new Timer("acme", "case-1", "sla-warning", NOW.plusSeconds(60), 0));
    } finally {
      request.end();
    }

    // Another scheduler, with nothing in scope, fires it from what Mongo kept.
    TimerScheduler restarted = scheduler();
    restarted.assign(Set.of(0));
    clock.advance(Duration.ofMinutes(2));
    assertThat(restarted.fireDue()).isEqualTo(1);

    assertThat(fired).containsExactly(new Fired(traceId, "case-1", "ACME-000042", "acme"));
    assertThat(tracer.currentSpan()).isNull();
    assertThat(MDC.get("caseNumber")).isNull();
  }

  @Test
  void aTimerSetOutsideAnyTraceStillFiresWithItsCaseInTheLogContext() {
    TimerScheduler scheduler = scheduler();
    scheduler.assign(Set.of(0));
    scheduler.schedule(new Timer("acme", "case-2", "sla-breach", NOW.plusSeconds(1), 0));
    clock.advance(Duration.ofSeconds(2));

    assertThat(scheduler.fireDue()).isEqualTo(1);

    assertThat(fired).singleElement().satisfies(f -> {
      assertThat(f.traceId()).isNull();
      assertThat(f.caseId()).isEqualTo("case-2");
      assertThat(f.caseNumber()).isNull();
    });
  }

  private TimerScheduler scheduler() {
    TimerScheduler scheduler = new TimerScheduler(store, timer -> {
      Span current = tracer.currentSpan();
      fired.add(new Fired(current == null ? null : current.context().traceId(),
          MDC.get("caseId"), MDC.get("caseNumber"), MDC.get("tenantId")));
      return timer.timerId();
    }, clock, Duration.ofMinutes(5));
    scheduler.firingContext(new TracedTimers(traces));
    return scheduler;
  }
}
