package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.TenantEntry;
import java.util.List;
import java.util.Optional;

/** The tenants the operator created, each with the version last published on tenants.directory. */
public interface TenantEntries {

  /** Stores a new tenant, not yet published; false when the id is taken. */
  boolean insert(TenantEntry entry);

  Optional<TenantEntry> find(String tenantId);

  List<TenantEntry> all();

  /** Entries whose current version is not yet on the topic. */
  List<TenantEntry> unpublished();

  void markPublished(String tenantId, long version);
}
