package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.TenantPolicy;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The tenant policy store of the use-case tests: it holds one policy (or none) that the test may
 * change, as an admin's edit would, and refuses the writes the use cases under test never make.
 */
final class HeldPolicies implements TenantPolicies {

  private StoredPolicy stored;

  private HeldPolicies(StoredPolicy stored) {
    this.stored = stored;
  }

  static HeldPolicies holding(TenantPolicy initial) {
    return new HeldPolicies(new StoredPolicy(initial, 1));
  }

  static HeldPolicies none() {
    return new HeldPolicies(null);
  }

  /** The next revision of the held policy. */
  void change(UnaryOperator<TenantPolicy> edit) {
    stored = new StoredPolicy(edit.apply(stored.policy()), stored.revision() + 1);
  }

  @Override public Optional<StoredPolicy> find(String tenantId) { return Optional.ofNullable(stored); }
  @Override public void createIfAbsent(TenantPolicy initial) { throw new UnsupportedOperationException(); }
  @Override public void save(StoredPolicy next, long expectedRevision, List<PendingContractChange> changes) {
    throw new UnsupportedOperationException();
  }
  @Override public List<PendingContractChange> pendingChanges(String tenantId) { return List.of(); }
  @Override public List<String> tenantsWithPendingChanges() { return List.of(); }
  @Override public void markPublished(String tenantId, String eventId) { throw new UnsupportedOperationException(); }
}
