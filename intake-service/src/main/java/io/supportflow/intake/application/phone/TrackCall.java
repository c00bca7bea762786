package io.supportflow.intake.application.phone;

import io.supportflow.intake.application.NewRequest;
import io.supportflow.intake.application.OpenCase;
import io.supportflow.intake.application.Opening;
import io.supportflow.intake.domain.CallEvent;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Reporter;
import java.util.List;
import java.util.Optional;

/**
 * A telephony event. The call is logged; an inbound call is a request the moment it reaches the
 * desk, so its first event (whichever arrives) opens the case and the reaction clock starts with
 * the ring. Later events of the same call find that case: one call id, at most one case.
 */
public record TrackCall(CallLog calls, OpenCase openCase) {

  public Optional<Opening> track(String tenantId, CallEvent event) {
    calls.record(tenantId, event);
    if (event.direction() != CallEvent.Direction.INBOUND) {
      return Optional.empty();
    }
    String caller = event.from() == null ? "an unknown number" : event.from().e164();
    return Optional.of(openCase.openOnce(new NewRequest(
        tenantId,
        Channel.PHONE,
        new Reporter(null, null, event.from() == null ? null : event.from().e164()),
        "Phone call from " + caller,
        "Inbound call from " + caller + (event.to() == null ? "" : " to " + event.to())
            + " at " + event.at() + ". The operator's summary follows on the case.",
        null,
        null,
        null,
        null,
        null,
        event.callId(),
        null,
        null,
        null,
        List.of(),
        CallReport.originKey(event.callId()),
        null)));
  }
}
