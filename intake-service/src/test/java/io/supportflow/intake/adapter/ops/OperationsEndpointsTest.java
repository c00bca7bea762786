package io.supportflow.intake.adapter.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.intake.adapter.persistence.MongoTenantDirectory;
import io.supportflow.intake.domain.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What operators see, over the real wire server and broker: health UP with its components, the
 * probes on the service port, Prometheus on the management port only, everything else closed, and
 * a portal request moving the cases-opened meter.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "supportflow.mongodb.database=intake-ops-test")
@OnTestStack
class OperationsEndpointsTest {

  private static final String KEY = "ops-key-0123456789abcdefghijklmnop";

  @LocalServerPort int port;
  @LocalManagementPort int managementPort;
  @Autowired MongoTenantDirectory tenants;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthIsUpWithMongoAndTheBinderAndTheProbesAnswerOnTheServicePort() throws Exception {
    HttpResponse<String> health = get(managementPort, "/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"mongo\"").contains("\"binders\"");
    assertThat(get(managementPort, "/actuator/health/readiness").body()).contains("mongo").contains("binders").contains("kafka");
    assertThat(get(managementPort, "/actuator/health/liveness").body()).doesNotContain("mongo");
    assertThat(get(port, "/readyz").statusCode()).isEqualTo(200);
    assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
  }

  @Test
  void metricsAreOnTheManagementPortOnlyAndNothingElseIsOpen() throws Exception {
    assertThat(get(managementPort, "/actuator/prometheus").statusCode()).isEqualTo(200);
    assertThat(get(port, "/actuator/prometheus").statusCode()).isNotEqualTo(200);
    for (String closed : new String[] {"/actuator/env", "/actuator/heapdump", "/actuator/configprops",
        "/actuator/beans", "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings"}) {
      assertThat(get(managementPort, closed).statusCode()).as(closed).isIn(401, 403, 404);
      assertThat(get(port, closed).statusCode()).as(closed).isNotEqualTo(200);
    }
  }

  @Test
  void aPortalRequestMovesTheCasesOpenedMeterWithBoundedTags() throws Exception {
    tenants.save(new Tenant("opsco", "Ops Co Support", "OPS"), KEY);
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests"))
        .header("Content-Type", "application/json").header("X-API-Key", KEY)
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"reporter":{"name":"Olivia Ops","email":"ops@northwind.example"},
             "subject":"Checkout is down","description":"All web shops return HTTP 500."}""")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).isEqualTo(201);

    // Counted as the case is published, which the announcing thread does just after the answer.
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get(managementPort, "/actuator/prometheus").body())
        .containsPattern("supportflow_cases_opened_total\\{[^}]*channel=\"PORTAL\"[^}]*tenant=\"opsco\"[^}]*} 1\\.0"));
    String metrics = get(managementPort, "/actuator/prometheus").body();

    assertThat(metrics).contains("http_server_requests_seconds_bucket").contains("mongodb_driver_commands_seconds")
        .contains("jvm_memory_used_bytes").contains("kafka_producer");
    assertThat(metrics).doesNotContain("northwind.example");
  }

  private HttpResponse<String> get(int onPort, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
