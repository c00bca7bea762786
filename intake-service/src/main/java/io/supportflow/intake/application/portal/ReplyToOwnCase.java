package io.supportflow.intake.application.portal;

import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.application.RecordActivity.Recorded;
import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.ActivityRequest;
import io.supportflow.intake.domain.Channel;

/**
 * A customer answers one of its own cases in the portal: CUSTOMER_REPLIED by the customer. Another
 * customer's case is not found, as if it did not exist.
 */
public record ReplyToOwnCase(RecordActivity recordActivity) {

  public Recorded reply(String tenantId, String customerId, String caseNumber, String message) {
    return recordActivity.onCaseNumber(tenantId, caseNumber, customerId,
        ActivityRequest.of(ActivityKind.CUSTOMER_REPLIED, customerId, Channel.PORTAL.name()).withMessage(message),
        null);
  }
}
