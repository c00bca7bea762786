package io.supportflow.sla.adapter.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.web.KeyDigest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A consuming service's operator view: health with Mongo and the binder, lag and timer backlog meters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "supportflow.mongodb.database=sla-ops-test")
@OnTestStack
class SlaOperationsEndpointsTest {

  private static final String PROMETHEUS_2_ACCEPT = "application/openmetrics-text;version=1.0.0,"
      + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

  @DynamicPropertySource
  static void ownSettings(DynamicPropertyRegistry registry) {
    registry.add("supportflow.security.api-key-digests", () -> "acme:agent:" + KeyDigest.of("ops-key-0123456789abcdefghij"));
  }

  @LocalManagementPort int managementPort;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthIsUpAndTheMachineryMetersAreExposed() throws Exception {
    HttpResponse<String> health = get("/actuator/health", "application/json");
    HttpResponse<String> metrics = get("/actuator/prometheus", PROMETHEUS_2_ACCEPT);

    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(health.body()).contains("\"mongo\"").contains("\"binders\"");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("supportflow_backlog_size{application=\"sla-service\",backlog=\"timers\"}")
        .contains("mongodb_driver_commands_seconds").contains("jvm_gc_pause_seconds")
        // Prometheus 2.4x refuses the whole scrape for an exemplar on a summary's count.
        .doesNotContain(" # {");
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
        .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
