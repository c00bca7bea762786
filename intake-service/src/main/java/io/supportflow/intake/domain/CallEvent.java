package io.supportflow.intake.domain;

import java.time.Instant;

/** What a telephony system reports about a call: it rang, was answered, or ended. */
public record CallEvent(Kind kind, String callId, CallerNumber from, String to, Direction direction, Instant at) {

  public enum Kind { NEW_CALL, ANSWERED, HANG_UP }

  public enum Direction { INBOUND, OUTBOUND }

  public CallEvent {
    Required.present("kind, callId, direction, at", kind, callId, direction, at);
    to = InputHygiene.oneLine("to", to);
  }
}
