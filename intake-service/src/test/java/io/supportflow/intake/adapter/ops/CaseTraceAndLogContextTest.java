package io.supportflow.intake.adapter.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.intake.adapter.persistence.MongoTenantDirectory;
import io.supportflow.intake.domain.Tenant;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One case, followed by its trace id and its case number: a request that arrives with a W3C
 * traceparent (as from a portal that traces) puts that trace on what intake announces, also when
 * the relay announces it later from the outbox; and with {@code LOG_FORMAT=json} the lines the case
 * causes name its tenant, id, number and trace.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "supportflow.mongodb.database=intake-trace-test",
      "supportflow.intake.relay-interval=300ms",
      "supportflow.intake.relay-grace=1s",
      "LOG_FORMAT=json"
    })
@ExtendWith(OutputCaptureExtension.class)
class CaseTraceAndLogContextTest {

  private static final TestStack STACK = TestStack.shared();
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final String KEY = "trace-key-0123456789abcdefghijklmn";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    STACK.springProperties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @LocalServerPort int port;
  @Autowired MongoTenantDirectory tenants;
  @Autowired MongoDatabase database;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String traceId = HexFormat.of().formatHex(randomBytes(16));

  @BeforeEach
  void tenant() {
    tenants.save(new Tenant("traceco", "Trace Co Support", "TRC"), KEY);
  }

  @Test
  void aCaseTheRelayAnnouncesLaterCarriesTheTraceOfTheRequestThatOpenedIt() throws Exception {
    try (TopicProbe requests = new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "intake.requests")) {
      String caseId = group("\"caseId\":\"([0-9a-f-]{36})\"", open().body());
      assertThat(traceIdOf(requests.awaitRaw(r -> caseId.equals(r.key()), 1, DEADLINE).getFirst())).isEqualTo(traceId);

      // As if the announcement had failed: the case waits in the outbox for the relay, which
      // announces it from its own scheduler thread. (After the announcer marked it announced,
      // which would otherwise undo this.)
      await().atMost(DEADLINE).until(() -> database.getCollection("cases")
          .find(Filters.eq("_id", caseId)).first().getBoolean("announced"));
      database.getCollection("cases").updateOne(Filters.eq("_id", caseId), Updates.set("announced", false));

      var relayed = requests.awaitRaw(r -> caseId.equals(r.key()), 2, DEADLINE).get(1);
      assertThat(traceIdOf(relayed)).isEqualTo(traceId);
    }
  }

  @Test
  void theLinesACaseCausesNameItsTenantIdNumberAndTraceInJson(CapturedOutput output) throws Exception {
    String body = open().body();
    String caseId = group("\"caseId\":\"([0-9a-f-]{36})\"", body);
    String caseNumber = group("\"caseNumber\":\"([A-Z]+-\\d+)\"", body);

    await().atMost(DEADLINE).until(() -> output.getOut().contains("Opened case " + caseNumber));
    JsonNode opened = output.getOut().lines()
        .filter(l -> l.startsWith("{") && l.contains("Opened case " + caseNumber))
        .map(JSON::readTree).findFirst().orElseThrow();

    assertThat(opened.path("tenantId").asString()).isEqualTo("traceco");
    assertThat(opened.path("caseId").asString()).isEqualTo(caseId);
    assertThat(opened.path("caseNumber").asString()).isEqualTo(caseNumber);
    assertThat(opened.path("traceId").asString()).isEqualTo(traceId);
  }

  private HttpResponse<String> open() throws Exception {
    HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests"))
        .header("Content-Type", "application/json").header("X-API-Key", KEY)
        .header("traceparent", "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"reporter":{"name":"Tracy Trace","email":"tracy@traceco.example"},
             "subject":"Checkout is down","description":"All web shops return HTTP 500."}""")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created;
  }

  private static String traceIdOf(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
    String traceparent = TopicProbe.header(record, "traceparent");
    return traceparent == null ? "none" : traceparent.split("-")[1];
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }

  private static String group(String regex, String body) {
    Matcher m = Pattern.compile(regex).matcher(body);
    assertThat(m.find()).as("%s in %s", regex, body).isTrue();
    return m.group(1);
  }
}
