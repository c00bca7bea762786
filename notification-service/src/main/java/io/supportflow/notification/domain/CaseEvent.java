package io.supportflow.notification.domain;

import java.time.Instant;

/**
 * An activity on a case that notifications care about. publicResponse is the agent's message
 * when the customer may see it, else null; caseStatus is the status after the activity;
 * newPriority is set on a priority change only.
 */
public record CaseEvent(String eventId, Instant occurredAt, String caseId, String caseNumber, Kind kind,
    String caseStatus, String publicResponse, Priority newPriority) implements CaseOccurrence {

  public enum Kind { CUSTOMER_REPLIED, AGENT_RESPONDED, PRIORITY_CHANGED, PUT_ON_HOLD, RESUMED, RESOLVED, CLOSED }

  public boolean endsStatusMails() {
    return kind == Kind.RESOLVED || kind == Kind.CLOSED;
  }
}
