package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.supportflow.events.ApiKeyChange;
import io.supportflow.events.ApiKeyChanged;
import io.supportflow.events.ApiKeyRole;
import io.supportflow.events.TenantChange;
import io.supportflow.events.TenantChanged;
import io.supportflow.web.KeyDigest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tenant created through contracts-service and a key issued there reach intake by their topics
 * alone (tenants.directory, tenants.keys): the key opens a case numbered with the tenant's prefix,
 * and once revoked it is refused, within a deadline and without a restart (docs/adr/0012).
 */
class TenantsAsDataTest extends ChannelTestSupport {

  private static final String TENANT = "onboarded-" + UUID.randomUUID().toString().substring(0, 6);
  private static final String KEY = "issued-integration-key-" + UUID.randomUUID();

  @Test
  void aTenantAndKeyFromTheTopicsOpenCasesWithTheTenantsPrefixUntilTheKeyIsRevoked() throws Exception {
    Instant now = Instant.now();
    STACK.publish("tenants.directory", TENANT, TenantChanged.newBuilder().setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now).setTenantId(TENANT).setName("Onboarded Ltd").setZone("Europe/Berlin")
        .setCaseNumberPrefix("ONB").setChange(TenantChange.CREATED).setVersion(1).build());
    STACK.publish("tenants.keys", KeyDigest.of(KEY).hex(), key(now, null, 1));

    await().atMost(DEADLINE).untilAsserted(() -> {
      HttpResponse<String> opened = postJson("/api/v1/requests", KEY, body());
      assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
      assertThat(json(opened).get("caseNumber").asString()).startsWith("ONB-");
    });
    assertThat(get("/api/v1/whoami", KEY).body()).contains("\"tenantName\":\"Onboarded Ltd\"");

    STACK.publish("tenants.keys", KeyDigest.of(KEY).hex(), key(now, now.plusSeconds(1), 2));
    await().atMost(DEADLINE).pollInterval(Duration.ofMillis(20))
        .until(() -> postJson("/api/v1/requests", KEY, body()).statusCode() == 401);
    assertProblem(get("/api/v1/whoami", KEY), 401);
  }

  private static ApiKeyChanged key(Instant issuedAt, Instant revokedAt, long version) {
    return ApiKeyChanged.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(issuedAt)
        .setTenantId(TENANT).setKeyDigest(KeyDigest.of(KEY).hex()).setKeyPrefix(KEY.substring(0, 8))
        .setRoles(List.of(ApiKeyRole.INTEGRATION)).setIssuedAt(issuedAt).setRevokedAt(revokedAt)
        .setChange(revokedAt == null ? ApiKeyChange.ISSUED : ApiKeyChange.REVOKED).setVersion(version).build();
  }

  private static String body() {
    return """
        {"reporter":{"name":"Olga Onboard","email":"olga@onboarded.example"},
         "subject":"First case","description":"Our first request.","severity":"Moderate"}""";
  }
}
