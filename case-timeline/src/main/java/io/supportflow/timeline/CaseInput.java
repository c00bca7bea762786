package io.supportflow.timeline;

import java.time.Instant;

/**
 * What a record brings a replaying service about one case: a decision or an activity, with the W3C
 * traceparent of the record (null where it had none), so the case's replay in a poll runs in the
 * trace of what caused it.
 *
 * @param <T> the terms the service keeps
 */
public sealed interface CaseInput<T> {

  String caseId();

  String traceparent();

  /** The instant the case is replayed at least up to once this is recorded. */
  Instant replayFrom();

  record Decided<T>(Decision<T> decision, String traceparent) implements CaseInput<T> {

    @Override
    public String caseId() {
      return decision.caseId();
    }

    @Override
    public Instant replayFrom() {
      return decision.appliesFrom();
    }
  }

  /** An activity the service's replay reads (never one without an activity: those are not inputs). */
  record Reported<T>(ReportedActivity reported, String traceparent) implements CaseInput<T> {

    public Reported {
      if (reported.activity() == null) {
        throw new IllegalArgumentException("event " + reported.eventId() + " reports nothing the replay reads");
      }
    }

    @Override
    public String caseId() {
      return reported.caseId();
    }

    @Override
    public Instant replayFrom() {
      return reported.activity().at();
    }
  }
}
