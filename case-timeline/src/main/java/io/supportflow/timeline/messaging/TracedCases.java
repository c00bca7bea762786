package io.supportflow.timeline.messaging;

import io.supportflow.observability.logging.CaseLogContext;
import io.supportflow.observability.tracing.CaseTraces;
import io.supportflow.timeline.CaseContext;
import io.supportflow.timeline.CaseTimeline;

/**
 * A case's replay in a poll within the trace of the record that caused it ("replay" spans of
 * that trace) and with the case in the log context, as a timer's firing is (TracedTimers): what
 * the replay publishes, and the timers it sets, carry the case's trace id.
 */
public record TracedCases(CaseTraces traces, String service) implements CaseContext {

  @Override
  public Scope open(CaseTimeline<?> c, String traceparent) {
    CaseLogContext.Scope log = CaseLogContext.open(c.tenantId(), c.caseId(), c.caseNumber());
    CaseTraces.Scope trace = traces.continueTrace(traceparent, "batch", "replay " + service);
    return () -> {
      trace.close();
      log.close();
    };
  }
}
