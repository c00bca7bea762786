package io.supportflow.sla.adapter.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.supportflow.events.CaseActivity;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.web.KeyDigest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A consuming service's operator view: health with Mongo and the binder, lag and timer backlog meters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"supportflow.mongodb.database=sla-ops-test",
        // A group of its own, so no other test's service drains the records this test counts.
        "spring.cloud.stream.bindings.trackCaseClocksFlow-in-0.group=sla-lag-test",
        "spring.cloud.stream.kafka.binder.metrics.offset-lag-metrics-interval=1s"})
@OnTestStack
class SlaOperationsEndpointsTest {

  private static final String PROMETHEUS_2_ACCEPT = "application/openmetrics-text;version=1.0.0,"
      + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

  @DynamicPropertySource
  static void ownSettings(DynamicPropertyRegistry registry) {
    registry.add("supportflow.security.api-key-digests", () -> "acme:agent:" + KeyDigest.of("ops-key-0123456789abcdefghij"));
  }

  private static final String BINDING = "trackCaseClocksFlow-in-0";

  @LocalManagementPort int managementPort;
  @Autowired BindingsLifecycleController bindings;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void healthIsUpAndTheMachineryMetersAreExposed() throws Exception {
    HttpResponse<String> health = get("/actuator/health", "application/json");
    HttpResponse<String> metrics = get("/actuator/prometheus", PROMETHEUS_2_ACCEPT);

    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(health.body()).contains("\"mongo\"").contains("\"binders\"");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("supportflow_backlog_size{application=\"sla-service\",backlog=\"timers\"}")
        .contains("mongodb_driver_commands_seconds")
        // A JVM meter that exists before the first collection (a GC pause meter appears only after one).
        .contains("jvm_memory_used_bytes")
        // Prometheus 2.4x refuses the whole scrape for an exemplar on a summary's count.
        .doesNotContain(" # {");
  }

  @Test
  void theLagMeterCountsRecordsWaitingForTheGroupAndTheEarlyOnesAreCountedAsParkedOnceRead() throws Exception {
    await("caught up").atMost(Duration.ofSeconds(60)).until(() -> lag() == 0);

    bindings.changeState(BINDING, BindingsLifecycleController.State.STOPPED);
    EntitlementDecided unseen = SampleDecisions.notEntitled(UUID.randomUUID().toString(), Instant.now()).build();
    for (CaseActivity kind : List.of(CaseActivity.CUSTOMER_REPLIED, CaseActivity.AGENT_RESPONDED, CaseActivity.CUSTOMER_REPLIED)) {
      TestStack.shared().publish(SampleDecisions.activity(unseen, kind, Instant.now()).build());
    }
    await("lag of three").atMost(Duration.ofSeconds(30)).until(() -> lag() >= 3);

    bindings.changeState(BINDING, BindingsLifecycleController.State.STARTED);
    await("read again").atMost(Duration.ofSeconds(60)).until(() -> lag() == 0);
    // Read, but parked: the case's decision never came.
    await("parked").atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/prometheus", PROMETHEUS_2_ACCEPT).body()
        .lines().anyMatch(l -> l.startsWith("supportflow_backlog_size{application=\"sla-service\",backlog=\"early-events\"}")
            && !l.endsWith(" 0.0")));
  }

  /** The binder's lag gauge for this test's group on the activity topic, as Prometheus scrapes it. */
  private double lag() throws Exception {
    String scrape = get("/actuator/prometheus", PROMETHEUS_2_ACCEPT).body();
    Matcher gauge = Pattern.compile("spring_cloud_stream_binder_kafka_offset\\{[^}]*group=\"sla-lag-test\"[^}]*"
        + "topic=\"intake\\.case-activity\"[^}]*} (\\S+)").matcher(scrape);
    return gauge.find() ? Double.parseDouble(gauge.group(1)) : -1;
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
        .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
