package io.supportflow.contracts.application;

/** Another edit stored a newer revision of the tenant's policy first. */
public final class PolicyChangedConcurrently extends ConflictException {

  public PolicyChangedConcurrently(String tenantId) {
    super("The policy of tenant " + tenantId + " was changed by someone else at the same time; try again.");
  }
}
