package io.supportflow.console.adapter;

import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.web.KeyDigest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The console service against the real broker, registry and Mongo wire server, one Spring context
 * for all its adapter tests; time is a clock the tests set. Keys: an agent of acme, of globex and
 * of "flow" (the projection's tests), and a customer key of acme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"supportflow.mongodb.database=console-adapter-test",
        "supportflow.console.changes-poll-interval=PT0.1S"})
abstract class ConsoleServiceTest {

  static final TestStack STACK = TestStack.shared();
  static final Duration DEADLINE = Duration.ofSeconds(30);
  static final Instant NOW = Instant.parse("2026-03-02T09:05:00Z");
  static final MutableClock CLOCK = new MutableClock(NOW);
  static final String ACME_AGENT = "acme-agent-key-0123456789abcdef";
  static final String GLOBEX_AGENT = "globex-agent-key-0123456789abcd";
  static final String FLOW_AGENT = "flow-agent-key-0123456789abcdefg";
  static final String ACME_CUSTOMER = "acme-customer-key-0123456789abc";

  private final HttpClient http = HttpClient.newHttpClient();

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    STACK.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    registry.add("supportflow.security.api-key-digests", () -> String.join(",",
        "acme:agent:" + KeyDigest.of(ACME_AGENT), "globex:agent:" + KeyDigest.of(GLOBEX_AGENT),
        "flow:agent:" + KeyDigest.of(FLOW_AGENT), "acme:customer:" + KeyDigest.of(ACME_CUSTOMER)));
  }

  /** The clock @TestBean puts in place of the service's: the tests set it by hand. */
  static Clock clock() {
    return CLOCK;
  }

  @TestBean Clock clock;
  @LocalServerPort int port;

  /** GET with the key (none when null), accepting the media type. */
  HttpResponse<String> get(String pathAndQuery, String key, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
        .header("Accept", accept).GET();
    if (key != null) {
      request.header("X-API-Key", key);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> get(String pathAndQuery, String key) {
    return get(pathAndQuery, key, "application/json");
  }
}
