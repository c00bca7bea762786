package io.supportflow.notification.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.testing.OnTestStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** notification-service answers HTTP errors in the same problem+json shape as every other service. */
// Closed afterwards: its consumers must not stay in the group beside a flow test class's.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "supportflow.mongodb.database=notification-problems-test")
@OnTestStack
class NotificationProblemsTest {


  @LocalServerPort int port;

  @Test
  void anUnknownPathIsA404ProblemJsonAndTheHealthProbeAnswers() throws Exception {
    HttpResponse<String> missing = get("/api/v1/nothing-here");
    HttpResponse<String> health = get("/livez");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(missing.body()).contains("\"status\":404").doesNotContain("trace").doesNotContain("Exception");
    assertThat(health.statusCode()).isEqualTo(200);
  }

  @Test
  void aRequestTomcatRefusesItselfIsAProblemToo() throws Exception {
    HttpResponse<String> refused = get("/a%2Fb");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
