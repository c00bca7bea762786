package io.supportflow.contracts.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.supportflow.events.TenantChanged;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.web.ConfiguredApiKeys;
import io.supportflow.web.KeyDigest;
import io.supportflow.web.KeyRole;
import io.supportflow.web.KeyTopicReader;
import io.supportflow.web.SharedApiKeys;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tenants and keys as data over real HTTP, Mongo and the real broker: the operator creates a
 * tenant, its admin issues, lists and revokes keys, and "another service" (a {@link SharedApiKeys}
 * fed by its own {@link KeyTopicReader}, exactly what sla, escalation, intake and the console run)
 * takes a key within moments of its issue and refuses it within a deadline of its revocation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "supportflow.mongodb.database=contracts-keys-test")
@OnTestStack
class TenantKeysApiTest {

  private static final Logger log = LoggerFactory.getLogger(TenantKeysApiTest.class);
  private static final String OPERATOR_KEY = "operator-key-0123456789abcdefghijklmn";
  private static final Pattern KEY = Pattern.compile("\"key\":\"([A-Za-z0-9_-]{43})\"");
  private static final Pattern PREFIX = Pattern.compile("\"prefix\":\"([A-Za-z0-9_-]{8})\"");
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  @DynamicPropertySource
  static void operator(DynamicPropertyRegistry registry) {
    registry.add("supportflow.security.api-key-digests", () -> "*:operator:" + KeyDigest.of(OPERATOR_KEY));
  }

  @LocalServerPort int port;
  private final HttpClient http = HttpClient.newHttpClient();
  private SharedApiKeys otherService;
  private KeyTopicReader otherServiceReader;

  @BeforeEach
  void anotherServiceReadsTheKeyTopic() {
    TestStack stack = TestStack.shared();
    otherService = new SharedApiKeys(ConfiguredApiKeys.none(), Clock.systemUTC());
    otherServiceReader = new KeyTopicReader(Map.of("bootstrap.servers", stack.kafkaBootstrapServers(),
        "schema.registry.url", stack.schemaRegistryUrl()), "tenants.keys", otherService, Duration.ofMillis(200),
        Clock.systemUTC());
    otherServiceReader.start();
    await().atMost(DEADLINE).until(otherServiceReader::caughtUp);
  }

  @AfterEach
  void stopReading() {
    otherServiceReader.stop();
  }

  @Test
  void theOperatorCreatesATenantWhoseAdminKeyIssuesAKeyThatWorksElsewhereUntilRevoked() throws Exception {
    String tenant = "t" + UUID.randomUUID().toString().substring(0, 8);
    String adminKey;
    try (TopicProbe directory = TestStack.shared().probe("tenants.directory")) {
      HttpResponse<String> created = send("POST", "/api/v1/operator/tenants", OPERATOR_KEY, null, """
          {"tenantId":"%s","name":"Globex Support","zone":"America/New_York","caseNumberPrefix":"GLX"}"""
          .formatted(tenant));

      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      assertThat(created.body()).contains("\"caseNumberPrefix\":\"GLX\"").contains("\"zone\":\"America/New_York\"");
      assertThat(directory.await(TenantChanged.class, t -> t.getTenantId().equals(tenant), 1, DEADLINE).getFirst()
          .getCaseNumberPrefix()).isEqualTo("GLX");
      adminKey = group(KEY, created.body());
    }
    assertThat(send("GET", "/api/v1/operator/tenants", OPERATOR_KEY, null, null).body()).contains(tenant);
    assertThat(send("GET", "/api/v1/admin/tenants/" + tenant + "/policy", adminKey, null, null).statusCode())
        .as("the new tenant's admin key works, on its empty policy").isEqualTo(200);

    HttpResponse<String> issued = send("POST", "/api/v1/admin/tenants/" + tenant + "/keys", adminKey, "\"1\"",
        "{\"role\":\"integration\"}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    assertThat(issued.headers().firstValue("ETag")).contains("\"2\"");
    String integrationKey = group(KEY, issued.body());
    String prefix = group(PREFIX, issued.body());
    assertThat(integrationKey).startsWith(prefix);
    await().atMost(DEADLINE).until(() -> otherService.holderOf(integrationKey).isPresent());
    assertThat(otherService.holderOf(integrationKey).orElseThrow().roles()).containsExactly(KeyRole.INTEGRATION);

    HttpResponse<String> listed = send("GET", "/api/v1/admin/tenants/" + tenant + "/keys", adminKey, null, null);
    assertThat(listed.body()).contains(prefix).contains("\"role\":\"integration\"").contains("\"status\":\"ACTIVE\"")
        .doesNotContain(integrationKey).doesNotContain(KeyDigest.of(integrationKey).hex());
    assertThat(send("DELETE", "/api/v1/admin/tenants/" + tenant + "/keys/" + prefix, adminKey, "\"1\"", null)
        .statusCode()).as("a stale If-Match").isEqualTo(412);

    long revokedAt = System.nanoTime();
    HttpResponse<String> revoked = send("DELETE", "/api/v1/admin/tenants/" + tenant + "/keys/" + prefix, adminKey,
        "\"2\"", null);
    assertThat(revoked.statusCode()).isEqualTo(204);
    await().atMost(DEADLINE).pollInterval(Duration.ofMillis(5))
        .until(() -> otherService.holderOf(integrationKey).isEmpty());
    log.info("revoke -> refused on another service's key store: {} ms",
        Duration.ofNanos(System.nanoTime() - revokedAt).toMillis());
    assertThat(send("GET", "/api/v1/admin/tenants/" + tenant + "/keys/" + prefix, adminKey, null, null).body())
        .contains("\"status\":\"REVOKED\"");
  }

  @Test
  void aTenantAdminNeverSeesOrTouchesAnotherTenantsKeys() throws Exception {
    String first = onboard("a");
    String second = onboard("b");
    String firstAdmin = adminKeys.get(first);
    String secondAdmin = adminKeys.get(second);
    String issued = send("POST", "/api/v1/admin/tenants/" + first + "/keys", firstAdmin, null,
        "{\"role\":\"customer\",\"customerId\":\"northwind\"}").body();
    String prefix = group(PREFIX, issued);

    assertThat(send("GET", "/api/v1/admin/tenants/" + first + "/keys", secondAdmin, null, null).statusCode())
        .isEqualTo(403);
    assertThat(send("DELETE", "/api/v1/admin/tenants/" + first + "/keys/" + prefix, secondAdmin, null, null)
        .statusCode()).isEqualTo(403);
    HttpResponse<String> foreignPrefix = send("DELETE", "/api/v1/admin/tenants/" + second + "/keys/" + prefix,
        secondAdmin, null, null);
    assertThat(foreignPrefix.statusCode()).as("another tenant's prefix under one's own tenant").isEqualTo(404);
    assertThat(foreignPrefix.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(send("GET", "/api/v1/admin/tenants/" + second + "/keys", secondAdmin, null, null).body())
        .doesNotContain(prefix);
    assertThat(send("GET", "/api/v1/admin/tenants/" + first + "/keys/" + prefix, firstAdmin, null, null).body())
        .as("untouched").contains("\"status\":\"ACTIVE\"").contains("\"customerId\":\"northwind\"");
    assertThat(send("GET", "/api/v1/operator/tenants", firstAdmin, null, null).statusCode())
        .as("an admin key is no operator key").isEqualTo(403);
    assertThat(send("GET", "/api/v1/admin/tenants/" + first + "/keys", OPERATOR_KEY, null, null).statusCode())
        .as("the operator key administers no tenant").isEqualTo(403);
  }

  @Test
  void badRequestsAreProblemsNamingTheField() throws Exception {
    String tenant = onboard("c");
    HttpResponse<String> noCustomer = send("POST", "/api/v1/admin/tenants/" + tenant + "/keys", adminKeys.get(tenant),
        null, "{\"role\":\"customer\"}");
    HttpResponse<String> badZone = send("POST", "/api/v1/operator/tenants", OPERATOR_KEY, null,
        "{\"tenantId\":\"x1\",\"name\":\"X\",\"zone\":\"Mars/Olympus\",\"caseNumberPrefix\":\"XX\"}");
    HttpResponse<String> twice = send("POST", "/api/v1/operator/tenants", OPERATOR_KEY, null,
        "{\"tenantId\":\"%s\",\"name\":\"X\",\"zone\":\"UTC\",\"caseNumberPrefix\":\"XX\"}".formatted(tenant));

    assertThat(noCustomer.statusCode()).isEqualTo(400);
    assertThat(noCustomer.body()).contains("customerId");
    assertThat(badZone.statusCode()).isEqualTo(400);
    assertThat(badZone.body()).contains("zone");
    assertThat(twice.statusCode()).isEqualTo(409);
    assertThat(twice.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
  }

  private final Map<String, String> adminKeys = new java.util.HashMap<>();

  private String onboard(String prefixLetter) throws Exception {
    String tenant = prefixLetter + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created = send("POST", "/api/v1/operator/tenants", OPERATOR_KEY, null, """
        {"tenantId":"%s","name":"Tenant %s","zone":"Europe/Amsterdam","caseNumberPrefix":"%sX"}"""
        .formatted(tenant, tenant, prefixLetter.toUpperCase()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    adminKeys.put(tenant, group(KEY, created.body()));
    return tenant;
  }

  private HttpResponse<String> send(String method, String path, String key, String ifMatch, String json)
      throws Exception {
    return HttpCalls.send(http, "http://localhost:" + port + path, method, json, "X-API-Key", key, "If-Match", ifMatch,
        "Content-Type", json == null ? null : "application/json");
  }

  private static String group(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text == null ? "" : text);
    assertThat(m.find()).as("%s in %s", pattern, text).isTrue();
    return m.group(1);
  }
}
