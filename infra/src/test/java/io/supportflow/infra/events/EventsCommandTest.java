package io.supportflow.infra.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.Priority;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.TimeUnit;
import io.supportflow.infra.stack.RepoRoot;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.schemas.Topics;
import io.supportflow.schemas.registry.ConfluentAvroSerializer;
import io.supportflow.schemas.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/events} against the real test stack (broker and registry): events of several types out as
 * JSON lines and CSV, the tenant, case and since filters, dead letters with their origin, follow mode
 * ending on its deadline, and the script itself. Each test has a tenant of its own on the shared topics.
 */
class EventsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestStack stack = TestStack.shared();
  private final String tenant = "t-" + UUID.randomUUID();
  private final Instant received = Instant.parse("2026-03-02T09:00:00Z");
  private final ReactionTarget firstResponse =
      new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES);
  private EntitlementDecided decided;
  private EntitlementDecided other;

  @BeforeEach
  void twoCasesOfThisTenant() {
    decided = SampleDecisions.entitled("case-" + UUID.randomUUID(), received, firstResponse)
        .setTenantId(tenant).setCaseNumber("ACME-000042").build();
    other = SampleDecisions.notEntitled("case-" + UUID.randomUUID(), received)
        .setTenantId(tenant).setCaseNumber("ACME-000043").build();
  }

  @Test
  void exportsEventsOfSeveralTopicsAsJsonLinesDecodedThroughTheRegistry() throws IOException {
    publish(decided, Instant.now());
    publish(SampleDecisions.activity(decided, CaseActivity.AGENT_RESPONDED, received.plusSeconds(60)).build(),
        Instant.now());
    publish(SampleDecisions.clockChange(decided, SlaClockChange.MET, received.plusSeconds(60)).build(), Instant.now());

    Run run = run("contracts.entitlements,intake.case-activity,sla.events", "--from-beginning", "--tenant", tenant);

    assertThat(run.code).as(run.err).isZero();
    List<JsonNode> lines = jsonLines(run.out);
    assertThat(lines).extracting(l -> l.path("type").asText())
        .containsExactlyInAnyOrder("EntitlementDecided", "CaseActivityRecorded", "SlaClockChanged");
    JsonNode decision = lines.stream().filter(l -> l.path("topic").asText().equals("contracts.entitlements"))
        .findFirst().orElseThrow();
    assertThat(decision.path("key").asText()).isEqualTo(decided.getCaseId());
    assertThat(decision.path("event").path("caseNumber").asText()).isEqualTo("ACME-000042");
    assertThat(decision.path("event").path("receivedAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(decision.path("event").path("outcome").asText()).isEqualTo("ENTITLED");
    assertThat(decision.path("event").path("reporter").path("email").asText()).isEqualTo("ops@northwind.example");
    assertThat(decision.path("event").path("terms").path("targets").path(0).path("amount").asInt()).isEqualTo(15);
    assertThat(run.err).contains("events: 3 written of ");
  }

  @Test
  void exportsCsvWithAHeaderRowAndNestedRecordsAsDottedColumns() {
    publish(decided, Instant.now());
    publish(other, Instant.now());

    Run run = run("contracts.entitlements", "--from-beginning", "--tenant", tenant, "--format", "csv");

    assertThat(run.code).as(run.err).isZero();
    List<List<String>> rows = csv(run.out);
    List<String> header = rows.getFirst();
    assertThat(header).startsWith("topic", "partition", "offset", "timestamp", "key", "eventId", "occurredAt")
        .contains("reporter.email", "terms.planName", "terms.calendar.zone", "terms.targets")
        .doesNotContain("reporter", "terms");
    assertThat(rows).hasSize(3);
    List<String> entitled = rows.stream().filter(r -> r.get(4).equals(decided.getCaseId())).findFirst().orElseThrow();
    assertThat(entitled.get(header.indexOf("terms.calendar.zone"))).isEqualTo("Europe/Amsterdam");
    assertThat(entitled.get(header.indexOf("receivedAt"))).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(entitled.get(header.indexOf("terms.targets"))).startsWith("[{\"priority\":\"P1\"");
    List<String> refused = rows.stream().filter(r -> r.get(4).equals(other.getCaseId())).findFirst().orElseThrow();
    assertThat(refused.get(header.indexOf("terms.planName"))).isEmpty();
    assertThat(refused.get(header.indexOf("outcome"))).isEqualTo("NOT_ENTITLED");
  }

  @Test
  void theCaseFilterTakesTheCaseIdItsNumberOrTheNumbersDigits() throws IOException {
    publish(decided, Instant.now());
    publish(other, Instant.now());

    for (String ref : List.of(other.getCaseId(), "acme-000043", "43")) {
      Run run = run("contracts.entitlements", "--from-beginning", "--tenant", tenant, "--case", ref);
      assertThat(jsonLines(run.out)).as(ref).extracting(l -> l.path("key").asText()).containsExactly(other.getCaseId());
    }
  }

  @Test
  void sinceTakesAnInstantOrADurationBackFromNowAndSkipsOlderRecords() throws IOException {
    Instant now = Instant.now();
    publish(decided, now.minus(Duration.ofHours(3)));
    publish(other, now);

    for (String since : List.of("PT1H", "90m", now.minus(Duration.ofHours(1)).toString())) {
      Run run = run("contracts.entitlements", "--since", since, "--tenant", tenant);
      assertThat(jsonLines(run.out)).as(since).extracting(l -> l.path("key").asText()).containsExactly(other.getCaseId());
    }
    Run all = run("contracts.entitlements", "--since", "4h", "--tenant", tenant);
    assertThat(jsonLines(all.out)).hasSize(2);
  }

  @Test
  void deadLettersShowWhereTheyCameFromAndTheEventTheyHoldOrWhyItCannotBeRead() throws IOException {
    byte[] wire = new ConfluentAvroSerializer(registry(), true).serialize("sla.events",
        SampleDecisions.clockChange(decided, SlaClockChange.BREACHED, received.plusSeconds(900)).build());
    send("sla.dlq", decided.getCaseId(), wire, Instant.now(), "sla.events", "No clock started for this case");
    send("sla.dlq", decided.getCaseId(), "garbage".getBytes(StandardCharsets.UTF_8), Instant.now(), "sla.events",
        "not in Confluent's Avro wire format");

    Run run = run("sla.dlq", "--from-beginning", "--case", decided.getCaseId());

    List<JsonNode> lines = jsonLines(run.out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).path("deadLetter").path("originalTopic").asText()).isEqualTo("sla.events");
    assertThat(lines.get(0).path("deadLetter").path("originalOffset").asText()).isEqualTo("7");
    assertThat(lines.get(0).path("deadLetter").path("reason").asText()).isEqualTo("No clock started for this case");
    assertThat(lines.get(0).path("event").path("change").asText()).isEqualTo("BREACHED");
    assertThat(lines.get(1).path("event").isNull()).isTrue();
    assertThat(lines.get(1).path("error").asText()).contains("not in Confluent's Avro wire format");
    assertThat(lines.get(1).path("valueBase64").asText()).isEqualTo("Z2FyYmFnZQ==");

    Run csv = run("sla.dlq", "--from-beginning", "--case", decided.getCaseId(), "--format", "csv");
    List<List<String>> rows = csv(csv.out);
    assertThat(rows.getFirst()).containsSubsequence("originalTopic", "reason", "type", "event", "error");
    assertThat(rows.get(1)).contains("sla.events", "SlaClockChanged");
  }

  @Test
  void followingReadsWhatArrivesMeanwhileAndStopsAtItsDeadline() throws IOException {
    publish(decided, Instant.now());
    Instant started = Instant.now();
    CompletableFuture<Run> following = CompletableFuture.supplyAsync(
        () -> run("contracts.entitlements", "--from-beginning", "--follow", "--for", "PT4S", "--tenant", tenant));
    publish(other, Instant.now());

    await().atMost(Duration.ofSeconds(30)).until(following::isDone);
    Run run = following.join();
    assertThat(run.code).as(run.err).isZero();
    assertThat(Duration.between(started, Instant.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
    assertThat(jsonLines(run.out)).extracting(l -> l.path("key").asText())
        .containsExactlyInAnyOrder(decided.getCaseId(), other.getCaseId());
  }

  @Test
  void theScriptRunsTheCommandOnTheInfraClasspath() throws Exception {
    publish(decided, Instant.now());

    Process script = new ProcessBuilder("bin/events", "contracts.entitlements", "--from-beginning", "--tenant", tenant,
        "--format", "csv", "--bootstrap", stack.kafkaBootstrapServers(), "--registry", stack.schemaRegistryUrl())
        .directory(RepoRoot.find().toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(script.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(script.exitValue()).isZero();
    List<List<String>> rows = csv(out);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1)).contains(decided.getCaseId(), "ACME-000042");
  }

  @Test
  void aWrongCommandLineIsExplainedWithTheUsage() {
    assertThat(run("contracts.entitlements", "--from-beginning", "--since", "1h").code).isEqualTo(2);
    assertThat(run("contracts.entitlements", "--for", "5s").code).isEqualTo(2);
    assertThat(run("sla.events,sla.downtime", "--from-beginning", "--format", "csv").code).isEqualTo(2);
    Run run = run("sla.events", "--since", "yesterday");
    assertThat(run.code).isEqualTo(2);
    assertThat(run.err).contains("Not an instant, date or duration: yesterday", "Usage: bin/events");
  }

  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] withStack = Stream.concat(Stream.of(args), Stream.of("--bootstrap", stack.kafkaBootstrapServers(),
        "--registry", stack.schemaRegistryUrl())).toArray(String[]::new);
    int code = EventsCommand.run(withStack, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private SchemaRegistryClient registry() {
    return new SchemaRegistryClient(stack.schemaRegistryUrl(), null, Duration.ofSeconds(10));
  }

  /** A case event on its topic, keyed by its case id, with the record timestamp given. */
  private void publish(SpecificRecord event, Instant timestamp) {
    String topic = Topics.carrying(event.getClass()).topicName();
    String caseId = String.valueOf(event.get(event.getSchema().getField("caseId").pos()));
    send(topic, caseId, new ConfluentAvroSerializer(registry(), true).serialize(topic, event), timestamp, null, null);
  }

  /** Sends bytes; with an origin, as a dead letter of the binders (from offset 7 of partition 2). */
  private void send(String topic, String key, byte[] value, Instant timestamp, String origin, String reason) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, timestamp.toEpochMilli(), key, value);
    if (origin != null) {
      record.headers().add("x-original-topic", origin.getBytes(StandardCharsets.UTF_8));
      record.headers().add("x-original-partition", ByteBuffer.allocate(4).putInt(2).array());
      record.headers().add("x-original-offset", ByteBuffer.allocate(8).putLong(7).array());
      record.headers().add("x-exception-message", reason.getBytes(StandardCharsets.UTF_8));
    }
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers()), new StringSerializer(),
        new ByteArraySerializer())) {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not send to " + topic, e);
    }
  }

  private static List<JsonNode> jsonLines(String out) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  /** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. */
  private static List<List<String>> csv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    if (!row.isEmpty() || cell.length() > 0) {
      throw new UncheckedIOException(new IOException("CSV does not end with a line break"));
    }
    return rows;
  }
}
