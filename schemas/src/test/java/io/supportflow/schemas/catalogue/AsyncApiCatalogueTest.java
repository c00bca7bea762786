package io.supportflow.schemas.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.supportflow.schemas.AvroSources;
import io.supportflow.schemas.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/asyncapi.yaml is what the generator writes from the Topics enum, the .avsc files and the
 * services' bindings, and holds every topic and every field. With -Dcatalogue.write=true the test
 * rewrites the file instead of failing on a difference.
 */
class AsyncApiCatalogueTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path FILE = ROOT.resolve(AsyncApiCatalogue.CATALOGUE);

  private static JsonNode committed;

  @BeforeAll
  static void readCatalogue() throws IOException {
    if (Boolean.getBoolean("catalogue.write")) {
      Files.writeString(FILE, AsyncApiCatalogue.ofCheckout(ROOT).yaml());
    }
    committed = new YAMLMapper().readTree(FILE.toFile());
  }

  @Test
  void theCommittedCatalogueIsWhatTheGeneratorWritesNow() throws IOException {
    assertThat(Files.readString(FILE))
        .as("docs/asyncapi.yaml is out of date: rewrite it with "
            + "./mvnw -o -q -pl schemas test -Dtest=AsyncApiCatalogueTest -Dcatalogue.write=true")
        .isEqualTo(AsyncApiCatalogue.ofCheckout(ROOT).yaml());
  }

  @Test
  void everyTopicOfTheTopicsEnumAndEveryDeadLetterTopicIsAChannel() {
    Set<String> addresses = new TreeSet<>();
    committed.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
    assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.allTopicNames());
  }

  @Test
  void everyFieldOfEveryAvscFileIsInTheCatalogue() throws IOException {
    Set<String> catalogued = new TreeSet<>();
    committed.path("components").path("messages")
        .forEach(m -> fieldsOf(m.path("payload").path("schema"), "", catalogued));
    Set<String> declared = new TreeSet<>();
    for (Schema schema : AvroSources.parseAll(AvroSources.readFolder(AvroSources.SOURCES)).values()) {
      fieldsOf(schema, declared);
    }
    assertThat(declared).hasSizeGreaterThan(100);
    assertThat(catalogued).containsAll(declared);
  }

  @Test
  void eachEventsPayloadIsTheSchemaItsClassRegistersWithTheRecordKeyAndTheConfluentSchemaId() {
    for (Topics topic : Topics.values()) {
      Schema registered = SpecificData.get().getSchema(topic.eventType());
      JsonNode message = committed.path("components").path("messages").path(registered.getName());
      Schema catalogued = new Schema.Parser().parse(message.path("payload").path("schema").toString());
      assertThat(SchemaNormalization.toParsingForm(catalogued)).as(topic.topicName())
          .isEqualTo(SchemaNormalization.toParsingForm(registered));
      assertThat(message.path("payload").path("schemaFormat").asText()).isEqualTo(AsyncApiCatalogue.AVRO);
      JsonNode kafka = message.path("bindings").path("kafka");
      assertThat(kafka.path("schemaIdPayloadEncoding").asText()).isEqualTo("confluent");
      assertThat(message.path("x-key-field").asText()).isEqualTo(switch (topic) {
        case CONTRACTS_CONTRACT_CHANGES -> "customerId";
        case TENANTS_KEYS -> "keyDigest";
        case TENANTS_DIRECTORY -> "tenantId";
        default -> "caseId";
      });
      assertThat(Files.isRegularFile(ROOT.resolve(message.path("x-avro-file").asText()))).isTrue();
    }
  }

  @Test
  void writersAndReadersAreTheOnesTheServicesBind() {
    assertThat(operations("send", "sla.events")).containsExactly("sla-service");
    assertThat(operations("receive", "sla.events"))
        .containsExactly("console-service", "escalation-service", "notification-service");
    assertThat(operations("receive", "contracts.entitlements")).containsExactly("console-service",
        "escalation-service", "intake-service", "notification-service", "sla-service");
    assertThat(operations("send", "tenants.keys")).containsExactly("contracts-service");
    assertThat(operations("receive", "tenants.keys")).containsExactly("console-service", "contracts-service",
        "escalation-service", "intake-service", "sla-service");
    assertThat(operations("send", "notification.dlq")).containsExactly("notification-service");
    assertThat(operations("receive", "notification.dlq")).isEmpty();
    for (String topic : Topics.allTopicNames()) {
      assertThat(operations("send", topic)).as("writers of %s", topic).hasSize(1);
    }
  }

  @Test
  void deadLetterTopicsNameTheHeadersTheBindersWrite() {
    JsonNode headers = committed.path("components").path("messages").path("DeadLetter").path("headers")
        .path("properties");
    for (String header : AsyncApiCatalogue.DEAD_LETTER_HEADERS.keySet()) {
      assertThat(headers.has(header)).as(header).isTrue();
    }
    assertThat(headers.has("x-original-topic")).isTrue();
    assertThat(committed.path("channels").path("sla_dlq").path("x-dead-letters-of").asText()).isEqualTo("sla-service");
  }

  private static List<String> operations(String action, String topic) {
    List<String> services = new ArrayList<>();
    for (Map.Entry<String, JsonNode> op : committed.path("operations").properties()) {
      if (op.getValue().path("action").asText().equals(action)
          && op.getValue().path("channel").path("$ref").asText().equals("#/channels/" + AsyncApiCatalogue.channelId(topic))) {
        services.add(op.getValue().path("tags").path(0).path("name").asText());
      }
    }
    return services.stream().sorted().toList();
  }

  /** record.field for every field of every record in a schema written as JSON (named types inlined once). */
  private static void fieldsOf(JsonNode type, String namespace, Set<String> out) {
    if (type.isArray()) {
      type.forEach(t -> fieldsOf(t, namespace, out));
    } else if (type.isObject()) {
      String ns = type.has("namespace") ? type.path("namespace").asText() : namespace;
      if (type.path("type").asText().equals("record")) {
        String name = type.path("name").asText();
        String full = name.contains(".") ? name : ns + "." + name;
        for (JsonNode field : type.path("fields")) {
          out.add(full + "." + field.path("name").asText());
          fieldsOf(field.path("type"), ns, out);
        }
      }
      fieldsOf(type.path("type"), ns, out);
      fieldsOf(type.path("items"), ns, out);
      fieldsOf(type.path("values"), ns, out);
    }
  }

  private static void fieldsOf(Schema schema, Set<String> out) {
    switch (schema.getType()) {
      case RECORD -> schema.getFields().forEach(f -> {
        out.add(schema.getFullName() + "." + f.name());
        fieldsOf(f.schema(), out);
      });
      case UNION -> schema.getTypes().forEach(t -> fieldsOf(t, out));
      case ARRAY -> fieldsOf(schema.getElementType(), out);
      case MAP -> fieldsOf(schema.getValueType(), out);
      default -> { }
    }
  }
}
