package io.supportflow.intake.adapter.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What the outage tests ask of a service's ports, as a kubelet or an operator would. */
final class Probes {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  int status(int port, String path) throws Exception {
    return get(port, path).statusCode();
  }

  /** A health check may wait on its own timeouts: the request gives it 20 s. */
  HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofSeconds(20)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Stops one dependency of a ready service and checks that the outage takes the service out of
   * rotation without restarting it: /readyz and the readiness group turn 503 with the component
   * DOWN (within the given time, the check's own timeouts included), liveness stays 200 on both ports.
   */
  void outageTakesItOutOfRotation(int port, int managementPort, String component, Duration within,
      Runnable outage) throws Exception {
    await().atMost(Duration.ofSeconds(30)).until(() -> status(port, "/readyz") == 200);

    outage.run();

    await().atMost(within).until(() -> status(port, "/readyz") == 503);
    HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
    assertThat(readiness.statusCode()).isEqualTo(503);
    assertThat((String) JsonPath.read(readiness.body(), "$.components." + component + ".status")).isEqualTo("DOWN");
    assertThat(status(port, "/livez")).isEqualTo(200);
    assertThat(status(managementPort, "/actuator/health/liveness")).isEqualTo(200);
  }
}
