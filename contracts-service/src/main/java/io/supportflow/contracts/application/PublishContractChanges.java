package io.supportflow.contracts.application;

import java.lang.System.Logger.Level;

/**
 * Publishes the contract changes stored with policy edits, oldest first, and forgets each once
 * the broker has it. Publishing twice is harmless: the event id is derived from the change.
 */
public record PublishContractChanges(TenantPolicies policies, ContractChangePublisher publisher) {

  private static final System.Logger LOG = System.getLogger(PublishContractChanges.class.getName());

  /** Best effort right after an edit: what fails stays pending for {@link #publishAllPending()}. */
  public int publishPending(String tenantId) {
    int published = 0;
    try {
      for (PendingContractChange change : policies.pendingChanges(tenantId)) {
        publisher.publish(change);
        policies.markPublished(tenantId, change.eventId());
        published++;
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Contract changes of tenant " + tenantId + " stay pending: " + e.getMessage());
    }
    return published;
  }

  public int publishAllPending() {
    return policies.tenantsWithPendingChanges().stream().mapToInt(this::publishPending).sum();
  }
}
