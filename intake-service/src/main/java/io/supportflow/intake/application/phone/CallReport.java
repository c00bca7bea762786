package io.supportflow.intake.application.phone;

import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;

/** What an operator logged about a call: who called, what about, how severe they said it is. */
public record CallReport(
    String callId,
    Reporter caller,
    String summary,
    String description,
    String statedSeverity,
    Priority priority,
    String product,
    String version,
    String language,
    String customerHint) {

  static String originKey(String callId) {
    return "call:" + callId;
  }
}
