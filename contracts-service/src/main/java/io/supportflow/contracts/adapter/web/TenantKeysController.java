package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.TenantKeys;
import io.supportflow.contracts.domain.ApiKeyRole;
import io.supportflow.contracts.domain.IssuedKey;
import io.supportflow.contracts.domain.PolicyViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A tenant's keys, for its administrators: issue (the key is in the answer once, never again),
 * list and read (by prefix: role, holder, issued, expiry, revoked; never the key or its digest),
 * revoke. The list's ETag is the tenant's key revision; issuing and revoking honour If-Match with
 * it. A key of another tenant is out of reach: another tenant in the path is 403, another tenant's
 * prefix is 404.
 */
@RestController
@RequestMapping("/api/v1/admin/tenants/{tenantId}/keys")
@Tag(name = "Keys", description = "Issue, list and revoke the tenant's API keys")
public record TenantKeysController(TenantKeys keys, Clock clock) {

  /**
   * @param role integration, customer, agent or admin
   * @param customerId the customer a customer key belongs to (required for one, refused for others)
   * @param agentId the agent an agent key belongs to (required for one, refused for others)
   * @param expiresAt when the key stops working (ISO-8601 instant); left out: never
   */
  record NewKey(String role, String customerId, String agentId, Instant expiresAt) {}

  /** A key as administrators see it: never the key itself, nor its digest. */
  record KeyView(String prefix, String role, String customerId, String agentId, Instant issuedAt, Instant expiresAt,
      Instant revokedAt, String status) {

    static KeyView of(IssuedKey key, Instant now) {
      return new KeyView(key.prefix(), key.role().name().toLowerCase(Locale.ROOT),
          key.role() == ApiKeyRole.CUSTOMER ? key.subject() : null, key.role() == ApiKeyRole.AGENT ? key.subject() : null,
          key.issuedAt(), key.expiresAt(), key.revokedAt(), key.statusAt(now).name());
    }
  }

  /** A key just issued: {@code key} is the secret, shown this once. */
  record IssuedKeyView(String key, String prefix, String role, String customerId, String agentId, Instant issuedAt,
      Instant expiresAt) {}

  @Operation(summary = "The tenant's keys", description = "Newest first; ETag: the tenant's key revision.")
  @GetMapping(produces = "application/json")
  ResponseEntity<List<KeyView>> list(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId) {
    caller.requireTenant(tenantId);
    TenantKeys.Listed listed = keys.list(tenantId);
    Instant now = clock.instant();
    return ResponseEntity.ok().eTag(etag(listed.revision()))
        .body(listed.keys().stream().map(k -> KeyView.of(k, now)).toList());
  }

  @Operation(summary = "One key, by its prefix")
  @GetMapping(path = "/{prefix}", produces = "application/json")
  ResponseEntity<KeyView> read(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId,
      @PathVariable String prefix) {
    caller.requireTenant(tenantId);
    IssuedKey key = keys.read(tenantId, prefix);
    return ResponseEntity.ok().eTag(etag(keys.revision(tenantId))).body(KeyView.of(key, clock.instant()));
  }

  @Operation(summary = "Issue a key", description = "The answer holds the key once; only its digest is kept.")
  @PostMapping(consumes = "application/json", produces = "application/json")
  ResponseEntity<IssuedKeyView> issue(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId,
      @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch, @RequestBody NewKey body) {
    caller.requireTenant(tenantId);
    ApiKeyRole role = role(body.role());
    String subject = subject(role, body);
    TenantKeys.Issued issued = keys.issue(tenantId, IfMatch.revision(ifMatch), role, subject, body.expiresAt());
    IssuedKey key = issued.key();
    KeyView view = KeyView.of(key, clock.instant());
    return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{prefix}")
            .buildAndExpand(key.prefix()).toUri())
        .eTag(etag(issued.revision()))
        .body(new IssuedKeyView(issued.secret(), key.prefix(), view.role(), view.customerId(), view.agentId(),
            key.issuedAt(), key.expiresAt()));
  }

  @Operation(summary = "Revoke a key", description = "For good: every service refuses it within seconds.")
  @DeleteMapping("/{prefix}")
  ResponseEntity<Void> revoke(@AuthenticationPrincipal TenantPrincipal caller, @PathVariable String tenantId,
      @PathVariable String prefix, @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
    caller.requireTenant(tenantId);
    return ResponseEntity.noContent().eTag(etag(keys.revoke(tenantId, IfMatch.revision(ifMatch), prefix))).build();
  }

  private static ApiKeyRole role(String word) {
    try {
      if (word != null) {
        return ApiKeyRole.valueOf(word.strip().toUpperCase(Locale.ROOT));
      }
    } catch (IllegalArgumentException unknown) {
      // answered below
    }
    throw new PolicyViolation("role", "must be one of integration, customer, agent, admin");
  }

  private static String subject(ApiKeyRole role, NewKey body) {
    if (role != ApiKeyRole.CUSTOMER && body.customerId() != null) {
      throw new PolicyViolation("customerId", "only a customer key names a customer");
    }
    if (role != ApiKeyRole.AGENT && body.agentId() != null) {
      throw new PolicyViolation("agentId", "only an agent key names an agent");
    }
    return role == ApiKeyRole.CUSTOMER ? body.customerId() : role == ApiKeyRole.AGENT ? body.agentId() : null;
  }

  static String etag(long revision) {
    return "\"" + revision + "\"";
  }
}
