package io.supportflow.escalation.domain;

import java.util.Optional;

/**
 * Which decided cases are watched for escalation: those worked under contract terms. A customer
 * without support is answered by notification-service, but no manager is chased for the case.
 */
public final class WatchPolicy {

  public Optional<WatchedCase> watch(DecidedCase decided) {
    if (!decided.outcome().isWorkedUnderTerms() || !decided.hasTerms()) {
      return Optional.empty();
    }
    return Optional.of(new WatchedCase(
        decided.caseId(), decided.tenantId(), decided.caseNumber(), decided.priority(),
        decided.receivedAt(), decided.escalationMatrixId()));
  }
}
