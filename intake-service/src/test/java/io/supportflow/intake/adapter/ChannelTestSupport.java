package io.supportflow.intake.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.intake.adapter.persistence.MongoTenantDirectory;
import io.supportflow.intake.domain.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context for every channel test (same annotations, so the context is shared): the
 * service on a random port against the real broker, registry, Mongo wire server and mail server.
 * Each test class uses its own tenant, so classes do not see each other's cases.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "supportflow.mongodb.database=intake-channels-test",
      "supportflow.intake.mail.poll-interval=200ms",
      "supportflow.intake.relay-interval=300ms",
      "supportflow.intake.relay-grace=1s",
      "supportflow.intake.max-body-size=64KB",
      "supportflow.intake.mail.max-size=256KB"
    })
@OnTestStack
abstract class ChannelTestSupport {

  static final TestStack STACK = TestStack.shared();
  static final Duration DEADLINE = Duration.ofSeconds(30);
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired MongoTenantDirectory tenants;
  @Autowired MongoDatabase database;
  final HttpClient http = HttpClient.newHttpClient();

  /** The key of one holder of a tenant: named after both, so no two holders in any test class share one. */
  static String key(String tenantId, String holder) {
    return tenantId + "-" + holder + "-key-0123456789abcdef";
  }

  /**
   * The keys of the customer-facing case tests' cast in one tenant: its integration key, customers
   * northwind and globex, and agent olaf; {@link #save(Cast, String)} saves them.
   */
  record Cast(String tenant, String integration, String northwind, String globex, String agent) {

    Cast(String tenant) {
      this(tenant, key(tenant, "integration"), key(tenant, "northwind"), key(tenant, "globex"), key(tenant, "olaf"));
    }
  }

  void save(Cast cast, String prefix) {
    tenant(cast.tenant(), prefix).customer("northwind").customer("globex").agent("olaf");
  }

  /** Saves a test class's tenant with its integration key, {@code key(id, "integration")}; add holders to the result. */
  KeyHolders tenant(String id, String prefix) {
    tenants.save(new Tenant(id, id + " Support", prefix), key(id, "integration"));
    return new KeyHolders(id);
  }

  /** Gives a saved tenant's customers and agents their keys, {@code key(tenant, name)}. */
  final class KeyHolders {
    private final String tenantId;

    private KeyHolders(String tenantId) {
      this.tenantId = tenantId;
    }

    KeyHolders customer(String name) {
      tenants.saveCustomerKey(tenantId, name, key(tenantId, name), null);
      return this;
    }

    KeyHolders agent(String name) {
      tenants.saveAgentKey(tenantId, name, key(tenantId, name));
      return this;
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20));
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, String key, String body) throws Exception {
    HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("X-API-Key", key);
    }
    return send(b.build());
  }

  HttpResponse<String> get(String path, String key) throws Exception {
    return send(request(path).header("X-API-Key", key).GET().build());
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(json(response).get("status").asInt()).isEqualTo(status);
  }

  long cases(String tenantId) {
    return database.getCollection("cases").countDocuments(Filters.eq("tenantId", tenantId));
  }

  static TopicProbe requests() {
    return new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "intake.requests");
  }

  static TopicProbe activity() {
    return new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "intake.case-activity");
  }
}
