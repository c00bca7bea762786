package io.supportflow.intake.application.agent;

import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.application.RecordActivity.Recorded;
import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.ActivityRequest;
import io.supportflow.intake.domain.Priority;
import java.util.Set;

/**
 * A support engineer acts on a case of its tenant: responds, changes the priority, puts it on
 * hold, resumes, resolves or closes it. Each action is one activity by the agent on the agent API
 * channel; the case lifecycle decides whether the case's status allows it.
 */
public record ActOnCase(RecordActivity recordActivity) {

  public static final String CHANNEL = "AGENT_API";

  private static final Set<ActivityKind> STATUS_CHANGES =
      Set.of(ActivityKind.PUT_ON_HOLD, ActivityKind.RESUMED, ActivityKind.RESOLVED, ActivityKind.CLOSED);

  /** A public response (it answers the customer), or an internal note when not visible to the customer. */
  public Recorded respond(String tenantId, String agentId, String caseNumber, String message,
      boolean visibleToCustomer) {
    ActivityRequest response = action(agentId, ActivityKind.AGENT_RESPONDED).withMessage(message);
    return act(tenantId, caseNumber, visibleToCustomer ? response : response.internal());
  }

  /** The customer's consent is recorded with the reason. */
  public Recorded changePriority(String tenantId, String agentId, String caseNumber, Priority priority,
      boolean customerConsent, String reason) {
    return act(tenantId, caseNumber,
        action(agentId, ActivityKind.PRIORITY_CHANGED).withPriority(priority, customerConsent).withReason(reason));
  }

  /** Puts on hold, resumes, resolves or closes the case, with the agent's reason (may be null). */
  public Recorded changeStatus(String tenantId, String agentId, String caseNumber, ActivityKind change,
      String reason) {
    if (!STATUS_CHANGES.contains(change)) {
      throw new IllegalArgumentException(change + " is not a change of status");
    }
    return act(tenantId, caseNumber, action(agentId, change).withReason(reason));
  }

  private static ActivityRequest action(String agentId, ActivityKind kind) {
    return ActivityRequest.of(kind, agentId, CHANNEL);
  }

  private Recorded act(String tenantId, String caseNumber, ActivityRequest request) {
    return recordActivity.onCaseNumber(tenantId, caseNumber, null, request, null);
  }
}
