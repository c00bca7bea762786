package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.ApiKeyRole;
import io.supportflow.contracts.domain.IssuedKey;
import io.supportflow.web.KeyDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * A tenant's administrators issue, list and revoke the tenant's keys. A key is shown once, when it
 * is issued; only its digest (web-support's {@link KeyDigest}, the one format every service reads)
 * and its prefix are kept. Every change raises the tenant's key revision, and honours If-Match with
 * it as policy edits do (412 when stale, 428 when the tenant requires it and none was sent); then
 * the key's state goes out on tenants.keys, where every service reads it.
 */
public record TenantKeys(IssuedKeys keys, TenantPolicies policies, AnnounceTenantsAndKeys announce, Clock clock,
    Supplier<String> secrets) {

  /** Characters of the key kept and shown to tell keys apart. */
  public static final int PREFIX_LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A key just issued: the only time its secret is seen. */
  public record Issued(String secret, IssuedKey key, long revision) {
    @Override
    public String toString() {
      return "Issued[" + key.prefix() + "…, revision " + revision + "]";
    }
  }

  /** The tenant's keys and the revision they are at. */
  public record Listed(List<IssuedKey> keys, long revision) {}

  public TenantKeys(IssuedKeys keys, TenantPolicies policies, AnnounceTenantsAndKeys announce, Clock clock) {
    this(keys, policies, announce, clock, TenantKeys::randomSecret);
  }

  public Listed list(String tenantId) {
    return new Listed(keys.ofTenant(tenantId), keys.revision(tenantId));
  }

  public IssuedKey read(String tenantId, String prefix) {
    return keys.byPrefix(tenantId, prefix).orElseThrow(() -> notFound(prefix));
  }

  public long revision(String tenantId) {
    return keys.revision(tenantId);
  }

  /**
   * @param subject the customer id of a customer key, the agent id of an agent key
   * @param expiresAt null: the key does not expire
   */
  public Issued issue(String tenantId, Long expectedRevision, ApiKeyRole role, String subject, Instant expiresAt) {
    Instant now = clock.instant();
    IssuedKey key;
    String secret;
    do {
      secret = secrets.get();
      key = IssuedKey.issue(secret.substring(0, PREFIX_LENGTH), KeyDigest.of(secret).hex(), tenantId, role, subject,
          now, expiresAt);
    } while (keys.byDigest(key.digest()).isPresent() || keys.byPrefix(tenantId, key.prefix()).isPresent());
    long revision = raise(tenantId, expectedRevision);
    if (!keys.insert(key)) {
      throw new ConflictException("A key with prefix " + key.prefix() + " exists already; issue again.");
    }
    announce.announce(key);
    return new Issued(secret, key, revision);
  }

  /** Revokes the key for good; a revoked key again changes nothing (and no revision). */
  public long revoke(String tenantId, Long expectedRevision, String prefix) {
    IssuedKey key = read(tenantId, prefix);
    if (key.revokedAt() != null) {
      return keys.revision(tenantId);
    }
    long revision = raise(tenantId, expectedRevision);
    IssuedKey revoked = key.revoke(clock.instant());
    if (!keys.update(revoked)) {
      throw new ConflictException("Key " + prefix + " changed meanwhile; read it again.");
    }
    announce.announce(revoked);
    return revision;
  }

  private long raise(String tenantId, Long expected) {
    if (expected == null && requiresIfMatch(tenantId)) {
      throw new KeysRevisionRequiredException(tenantId, keys.revision(tenantId));
    }
    return keys.raiseRevision(tenantId, expected)
        .orElseThrow(() -> new StaleKeysException(tenantId, expected, keys.revision(tenantId)));
  }

  private boolean requiresIfMatch(String tenantId) {
    return policies.find(tenantId).map(p -> p.policy().tenant().requireIfMatch()).orElse(false);
  }

  private static NotFoundException notFound(String prefix) {
    return new NotFoundException("No key with prefix '" + prefix + "'");
  }

  /** 32 random bytes, base64url without padding: 43 characters, safe in headers and shells. */
  static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
