package io.supportflow.intake.adapter.ops;

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
}
