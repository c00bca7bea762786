package io.supportflow.contracts.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An API key a tenant's administrator (or the operator, for a new tenant's first admin) issued:
 * kept as its digest only, shown by its prefix. Its life: issued (version 1), perhaps expiring at
 * a set instant, revoked once and for good (version 2). A customer key names its customer and an
 * agent key its agent, so every service knows whose cases the key may see and who acted.
 *
 * @param prefix the key's first characters, unique, for people to tell keys apart
 * @param digest the lower-case hex SHA-256 of the key
 * @param subject the customer id of a customer key, the agent id of an agent key; null otherwise
 * @param expiresAt from this instant on the key opens nothing; null: never
 * @param revokedAt when it was revoked; null while it is not
 */
public record IssuedKey(String prefix, String digest, String tenantId, ApiKeyRole role, String subject,
    Instant issuedAt, Instant expiresAt, Instant revokedAt, long version) {

  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

  /** What a key is at an instant. */
  public enum Status { ACTIVE, EXPIRED, REVOKED }

  public IssuedKey {
    Objects.requireNonNull(prefix, "prefix");
    if (digest == null || !DIGEST.matcher(digest).matches()) {
      throw new IllegalArgumentException("a key digest is 64 lower-case hex digits");
    }
    Checks.id("tenantId", tenantId);
    Checks.required("role", role);
    Checks.required("issuedAt", issuedAt);
    switch (role) {
      case CUSTOMER -> Checks.id("customerId", subject);
      case AGENT -> Checks.id("agentId", subject);
      default -> {
        if (subject != null) {
          throw new PolicyViolation("role", "only a customer key names a customer, and only an agent key an agent");
        }
      }
    }
    if (expiresAt != null && !expiresAt.isAfter(issuedAt)) {
      throw new PolicyViolation("expiresAt", "must be later than now (" + issuedAt + ")");
    }
  }

  /** A new key, version 1. */
  public static IssuedKey issue(String prefix, String digest, String tenantId, ApiKeyRole role, String subject,
      Instant at, Instant expiresAt) {
    return new IssuedKey(prefix, digest, tenantId, role, subject, at, expiresAt, null, 1);
  }

  /** The key revoked at {@code at}; revoking a revoked key changes nothing. */
  public IssuedKey revoke(Instant at) {
    return revokedAt != null ? this
        : new IssuedKey(prefix, digest, tenantId, role, subject, issuedAt, expiresAt, at, version + 1);
  }

  public Status statusAt(Instant now) {
    if (revokedAt != null) {
      return Status.REVOKED;
    }
    return expiresAt != null && !now.isBefore(expiresAt) ? Status.EXPIRED : Status.ACTIVE;
  }
}
