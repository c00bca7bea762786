package io.supportflow.platformsetup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The chart's {@code helm test} pods: asks each URL given (a service's readiness) and exits non-zero
 * unless every one answers 200 with status UP. In this image because the images have no shell or curl.
 */
public final class ReadinessCheck {

  private ReadinessCheck() {}

  public static void main(String[] urls) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    boolean allReady = true;
    for (String url : urls) {
      String verdict;
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        boolean ready = isReady(response.statusCode(), response.body());
        allReady &= ready;
        verdict = (ready ? "ready " : "NOT ready ") + response.statusCode() + " " + response.body();
      } catch (java.io.IOException e) {
        allReady = false;
        verdict = "NOT reachable: " + e;
      }
      System.out.println(url + ": " + verdict);
    }
    System.exit(allReady ? 0 : 1);
  }

  static boolean isReady(int status, String body) {
    return status == 200 && body.replace(" ", "").contains("\"status\":\"UP\"");
  }
}
