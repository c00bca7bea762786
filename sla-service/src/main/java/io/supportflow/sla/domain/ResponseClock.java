package io.supportflow.sla.domain;

import java.util.Objects;
import java.util.Optional;

/** A running reaction clock of one case: which window, against which priority's promise. */
public record ResponseClock(String caseId, ClockKind kind, Priority priority, ReactionWindow window) {

  public ResponseClock {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(window, "window");
  }

  /** One clock of each kind per case, so the case and the kind name it. */
  public String clockId() {
    return clockId(caseId, kind);
  }

  public static String clockId(String caseId, ClockKind kind) {
    return caseId + ":" + kind;
  }

  /**
   * The first-response clock starts when the request was received, if the case is worked under
   * terms that promise a first response for its priority. Otherwise there is nothing to time.
   */
  public static Optional<ResponseClock> firstResponse(DecidedCase decided, WarningShare share) {
    if (!decided.outcome().isWorkedUnderTerms()) {
      return Optional.empty();
    }
    return decided.targetFor(ReactionMetric.FIRST_RESPONSE)
        .map(target -> new ResponseClock(
            decided.caseId(), ClockKind.FIRST_RESPONSE, decided.priority(),
            ReactionWindow.open(target, decided.receivedAt(), share)));
  }
}
