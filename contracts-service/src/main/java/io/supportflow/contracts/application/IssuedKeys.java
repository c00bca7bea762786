package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.IssuedKey;
import java.util.List;
import java.util.Optional;

/**
 * The issued keys of every tenant, by digest, with the version last published on tenants.keys, and
 * each tenant's key revision (the ETag of its key list, raised by every issue and revocation).
 */
public interface IssuedKeys {

  /** Stores a new key, not yet published; false when its prefix is taken. */
  boolean insert(IssuedKey key);

  Optional<IssuedKey> byPrefix(String tenantId, String prefix);

  Optional<IssuedKey> byDigest(String digest);

  /** The tenant's keys, newest first. */
  List<IssuedKey> ofTenant(String tenantId);

  /** Stores the key's next state over the one with the version before it; false when that was not the stored one. */
  boolean update(IssuedKey next);

  List<IssuedKey> unpublished();

  void markPublished(String digest, long version);

  /** The tenant's key revision; 0 before its first key. */
  long revision(String tenantId);

  /**
   * Raises the tenant's key revision by one, if it is {@code expected} (any when null).
   *
   * @return the new revision, or empty when it was not {@code expected}
   */
  Optional<Long> raiseRevision(String tenantId, Long expected);
}
