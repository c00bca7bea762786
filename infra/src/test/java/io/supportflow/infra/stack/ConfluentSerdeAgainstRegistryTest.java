package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.supportflow.events.Channel;
import io.supportflow.events.Priority;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.schemas.Topics;
import io.supportflow.schemas.registry.ConfluentAvroDeserializer;
import io.supportflow.schemas.registry.ConfluentAvroSerializer;
import io.supportflow.schemas.registry.RegistrySerdeConfig;
import io.supportflow.schemas.registry.SchemaRegistryClient;
import io.supportflow.schemas.registry.SchemaRegistryException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The schemas module's serde against a real registry (Apicurio) and a real broker. */
class ConfluentSerdeAgainstRegistryTest {

  /** The first version of the probe schema the evolution tests register: only a case id. */
  private static final Schema FIRST_PROBE = probe().endRecord();

  private static final TestStack STACK = TestStack.shared();
  private static final String TOPIC = Topics.INTAKE_REQUESTS.topicName();

  @Test
  void aRequestReceivedRoundTripsThroughTheRegistryAndATopicInConfluentWireFormat() throws Exception {
    RequestReceived sent = requestReceived(UUID.randomUUID().toString());
    try (KafkaProducer<String, SpecificRecord> producer = producer()) {
      producer.send(new ProducerRecord<>(TOPIC, sent.getCaseId(), sent)).get();
    }

    byte[] value = consume(sent.getCaseId()).value();

    assertThat(value[0]).isZero();
    int id = ByteBuffer.wrap(value, 1, 4).getInt();
    assertThat(registryClient().schemaById(id)).isEqualTo(RequestReceived.getClassSchema());
    assertThat(registryGet("/subjects")).contains("\"" + Topics.INTAKE_REQUESTS.valueSubject() + "\"");
    ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer();
    deserializer.configure(serdeConfig(true), false);
    assertThat(deserializer.deserialize(TOPIC, value)).isEqualTo(sent);
  }

  @Test
  void aSchemaIdTheRegistryDoesNotKnowGivesASerializationExceptionNamingTheId() {
    ConfluentAvroDeserializer deserializer = new ConfluentAvroDeserializer(registryClient());
    byte[] record = ByteBuffer.allocate(7).put((byte) 0).putInt(987_654).put(new byte[] {2, 0}).array();

    assertThatThrownBy(() -> deserializer.deserialize(TOPIC, record))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("schema id 987654")
        .hasMessageContaining("404");
  }

  @Test
  void withoutAutoRegistrationAnUnregisteredSchemaFailsNamingTheSubject() {
    String topic = "unregistered-" + UUID.randomUUID();
    ConfluentAvroSerializer serializer = new ConfluentAvroSerializer();
    serializer.configure(serdeConfig(false), false);

    assertThatThrownBy(() -> serializer.serialize(topic, requestReceived("case-1")))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("io.supportflow.events.RequestReceived")
        .hasMessageContaining("subject " + topic + "-value")
        .hasMessageContaining("404");
  }

  @Test
  void theRegistryRefusesASchemaThatIsNotBackwardCompatible() {
    String subject = "compatibility-" + UUID.randomUUID() + "-value";
    // A new field without a default cannot read events written with the first schema.
    Schema incompatible = probe().requiredString("team").endRecord();
    SchemaRegistryClient registry = registryClient();
    registry.register(subject, FIRST_PROBE);

    assertThatThrownBy(() -> registry.register(subject, incompatible))
        .isInstanceOfSatisfying(
            SchemaRegistryException.class, e -> assertThat(e.httpStatus()).isEqualTo(409));
  }

  @Test
  void theRegistryAcceptsABackwardCompatibleEvolution() {
    String subject = "evolution-" + UUID.randomUUID() + "-value";
    Schema withDefault = probe().name("team").type().stringType().stringDefault("none").endRecord();
    SchemaRegistryClient registry = registryClient();

    int firstId = registry.register(subject, FIRST_PROBE);
    int secondId = registry.register(subject, withDefault);

    assertThat(secondId).isNotEqualTo(firstId);
  }

  /** The fields of a probe schema, starting with its case id; a test adds the others. */
  private static SchemaBuilder.FieldAssembler<Schema> probe() {
    return SchemaBuilder.record("Probe").namespace("io.supportflow.test").fields().requiredString("caseId");
  }

  private static RequestReceived requestReceived(String caseId) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return RequestReceived.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(now)
        .setTenantId("acme")
        .setCaseId(caseId)
        .setCaseNumber("ACME-1001")
        .setChannel(Channel.PORTAL)
        .setReporter(Reporter.newBuilder().setName("Olivia Ops").setEmail("ops@northwind.example").build())
        .setSubject("Checkout is down")
        .setDescription("All web shops return HTTP 500 since 09:12.")
        .setStatedSeverity("P1")
        .setPriority(Priority.P1)
        .setReceivedAt(now)
        .build();
  }

  private static Map<String, Object> serdeConfig(boolean autoRegister) {
    return Map.of(
        RegistrySerdeConfig.SCHEMA_REGISTRY_URL, STACK.schemaRegistryUrl(),
        RegistrySerdeConfig.AUTO_REGISTER_SCHEMAS, String.valueOf(autoRegister));
  }

  private static SchemaRegistryClient registryClient() {
    return new SchemaRegistryClient(STACK.schemaRegistryUrl(), null, Duration.ofSeconds(10));
  }

  private static KafkaProducer<String, SpecificRecord> producer() {
    Map<String, Object> config = new HashMap<>(serdeConfig(true));
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.kafkaBootstrapServers());
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class);
    return new KafkaProducer<>(config);
  }

  /** Reads the topic from the start until the record with this key shows up. */
  private static ConsumerRecord<String, byte[]> consume(String key) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "serde-test-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      consumer.subscribe(List.of(TOPIC));
      return await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> key.equals(r.key())).findFirst().orElse(null);
              },
              record -> record != null);
    }
  }

  private static String registryGet(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(STACK.schemaRegistryUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
