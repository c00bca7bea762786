package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.TenantAnnouncer;
import io.supportflow.contracts.domain.IssuedKey;
import io.supportflow.contracts.domain.TenantEntry;
import io.supportflow.events.ApiKeyChange;
import io.supportflow.events.ApiKeyChanged;
import io.supportflow.events.ApiKeyRole;
import io.supportflow.events.TenantChange;
import io.supportflow.events.TenantChanged;
import io.supportflow.observability.publishing.ConfirmedSends;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * Key states on tenants.keys (keyed by digest) and tenant entries on tenants.directory (keyed by
 * tenant id), both compacted, through synchronous bindings: a refusal throws here and the change
 * stays unpublished. Each key state sent is also handed to {@code sentKeys} (this service's own key
 * store), so contracts knows a key it issued at once, without waiting for its own topic.
 */
public record KafkaTenantAnnouncer(StreamBridge streamBridge, Consumer<ApiKeyChanged> sentKeys)
    implements TenantAnnouncer {

  static final String KEYS = "tenantKeys-out-0";
  static final String DIRECTORY = "tenantDirectory-out-0";

  @Override
  public void announce(IssuedKey key) {
    ApiKeyChanged event = toEvent(key);
    ConfirmedSends.send(streamBridge, KEYS, event, () -> "tenants.keys refused key " + key.prefix() + "…");
    sentKeys.accept(event);
  }

  @Override
  public void announce(TenantEntry entry) {
    ConfirmedSends.send(streamBridge, DIRECTORY, toEvent(entry),
        () -> "tenants.directory refused tenant " + entry.tenantId());
  }

  static ApiKeyChanged toEvent(IssuedKey key) {
    return ApiKeyChanged.newBuilder()
        .setEventId(id("key:" + key.digest() + ":" + key.version()))
        .setOccurredAt(key.revokedAt() != null ? key.revokedAt() : key.issuedAt())
        .setTenantId(key.tenantId())
        .setKeyDigest(key.digest())
        .setKeyPrefix(key.prefix())
        .setRoles(List.of(ApiKeyRole.valueOf(key.role().name())))
        .setSubject(key.subject())
        .setIssuedAt(key.issuedAt())
        .setExpiresAt(key.expiresAt())
        .setRevokedAt(key.revokedAt())
        .setChange(key.revokedAt() != null ? ApiKeyChange.REVOKED : ApiKeyChange.ISSUED)
        .setVersion(key.version())
        .build();
  }

  static TenantChanged toEvent(TenantEntry entry) {
    return TenantChanged.newBuilder()
        .setEventId(id("tenant:" + entry.tenantId() + ":" + entry.version()))
        .setOccurredAt(entry.createdAt())
        .setTenantId(entry.tenantId())
        .setName(entry.name())
        .setZone(entry.zone().getId())
        .setCaseNumberPrefix(entry.caseNumberPrefix())
        .setChange(entry.version() == 1 ? TenantChange.CREATED : TenantChange.UPDATED)
        .setVersion(entry.version())
        .build();
  }

  private static String id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
