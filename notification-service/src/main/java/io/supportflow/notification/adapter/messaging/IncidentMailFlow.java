package io.supportflow.notification.adapter.messaging;

import io.supportflow.events.IncidentActivity;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.notification.application.BroadcastIncidentUpdates;
import io.supportflow.notification.domain.IncidentUpdate;
import java.util.function.Consumer;

/**
 * intake.incidents -> incident update mails and notification.events. Only UPDATE_POSTED is mailed:
 * links and status changes without a message are for the console, and a resolved incident's news
 * reaches each reporter in the resolution mail of their own case. Read on {@link NotifyCaseFlow}'s
 * binding, so a case's incident events meet its other events on the same instance.
 */
public record IncidentMailFlow(BroadcastIncidentUpdates broadcast, KafkaNotificationEvents events) implements Consumer<IncidentActivityRecorded> {

  @Override
  public void accept(IncidentActivityRecorded e) {
    if (e.getActivity() != IncidentActivity.UPDATE_POSTED) {
      return;
    }
    var reporter = e.getReporter();
    broadcast.updated(new IncidentUpdate(e.getTenantId(), e.getEventId(), e.getCaseId(), e.getCaseNumber(),
        e.getIncidentId(), e.getTitle(), e.getIncidentStatus(), e.getMessage(), e.getOccurredAt(),
        reporter == null ? null : reporter.getName(), reporter == null ? null : reporter.getEmail()))
        .ifPresent(events::publish);
  }
}
