package io.supportflow.notification.domain;

/**
 * An activity on a case that notifications care about. publicResponse is the agent's message
 * when the customer may see it, else null; caseStatus is the status after the activity.
 */
public record CaseEvent(String eventId, String caseId, String caseNumber, Kind kind, String caseStatus,
    String publicResponse) {

  public enum Kind { CUSTOMER_REPLIED, AGENT_RESPONDED, PRIORITY_CHANGED, PUT_ON_HOLD, RESUMED, RESOLVED, CLOSED }
}
