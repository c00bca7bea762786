package io.supportflow.observability.tracing;

import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.timers.FiringContext;
import io.supportflow.timers.Timer;

/**
 * Durable timers that belong to their case's trace and logs: a timer set while a case is handled
 * keeps the handling's traceparent and the case number of the log context; its firing runs in a
 * span of that trace ("timer &lt;kind&gt;") with the case (tenant, id, number) in the log context,
 * so what the firing publishes and logs is found with the rest of the case.
 */
public final class TracedTimers implements FiringContext {

  private final CaseTraces traces;

  public TracedTimers(CaseTraces traces) {
    this.traces = traces;
  }

  @Override
  public Timer capture(Timer timer) {
    return timer.withContext(traces.currentTraceparent(), CaseLogContext.caseNumber());
  }

  @Override
  public Scope open(Timer timer) {
    CaseLogContext.Scope log = CaseLogContext.open(timer.tenantId(), timer.caseId(), timer.caseNumber());
    CaseTraces.Scope trace = traces.continueTrace(timer.traceparent(), "timer", "timer " + timer.kind());
    return () -> {
      trace.close();
      log.close();
    };
  }
}
