package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.RecordActivity;
import java.time.Instant;

/** What an action on a case answers: the activity recorded and where the case stands now. */
record ActivityResponse(String caseNumber, String eventId, String activity, Instant occurredAt,
    String caseStatus, String priority) {

  static ActivityResponse of(RecordActivity.Recorded recorded) {
    var a = recorded.activity();
    String priority = a.newPriority() != null ? a.newPriority().name() : recorded.file().priority().name();
    return new ActivityResponse(recorded.file().opened().caseNumber().toString(), a.eventId(), a.kind().name(),
        a.occurredAt(), a.statusAfter().name(), priority);
  }
}
