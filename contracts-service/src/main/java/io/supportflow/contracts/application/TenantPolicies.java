package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.TenantPolicy;
import java.util.List;
import java.util.Optional;

/** Where each tenant's policy lives: one record per tenant, written only if its revision is unchanged. */
public interface TenantPolicies {

  Optional<StoredPolicy> find(String tenantId);

  /** Creates the tenant with this policy as revision 1, unless it exists already. */
  void createIfAbsent(TenantPolicy initial);

  /**
   * Stores the policy as revision expectedRevision + 1 together with the contract changes it made,
   * in one atomic write.
   *
   * @throws PolicyChangedConcurrently when someone stored another revision in between
   */
  void save(StoredPolicy next, long expectedRevision, List<PendingContractChange> changes);

  List<PendingContractChange> pendingChanges(String tenantId);

  List<String> tenantsWithPendingChanges();

  void markPublished(String tenantId, String eventId);
}
