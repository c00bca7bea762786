package io.supportflow.web;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One issued key's state as contracts-service publishes it on tenants.keys: whose it is, what it
 * may do, until when, and whether it was revoked. Never the key, only its digest.
 *
 * @param subject the customer id of a customer key, the agent id of an agent key; null otherwise
 * @param expiresAt from this instant on the key opens nothing; null: never
 * @param revokedAt when it was revoked; null while it is not
 * @param version 1 when issued, higher is newer
 */
public record PublishedKey(KeyDigest digest, String tenantId, Set<KeyRole> roles, String subject, Instant expiresAt,
    Instant revokedAt, long version) {

  public PublishedKey {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(tenantId, "tenantId");
    roles = Set.copyOf(roles);
    if (roles.contains(KeyRole.OPERATOR)) {
      throw new IllegalArgumentException("an operator key is configured, never issued");
    }
  }

  /** Whether the key opens the API at {@code now}: not revoked, and {@code now} before its expiry. */
  public boolean opensAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  KeyHolder holder() {
    return KeyHolder.of(tenantId, roles, subject);
  }

  /**
   * Of two states of one key, the one to keep: the higher version, except that a revocation is
   * final (a state that arrives late or is replayed never brings a revoked key back).
   */
  static PublishedKey newest(PublishedKey a, PublishedKey b) {
    PublishedKey newer = b.version > a.version ? b : a;
    PublishedKey older = newer == a ? b : a;
    return newer.revokedAt == null && older.revokedAt != null ? older : newer;
  }
}
