package io.supportflow.schemas.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.supportflow.schemas.AvroSources;
import io.supportflow.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * Writes the AsyncAPI 3.0 catalogue of the platform's topics (docs/asyncapi.yaml) from what the
 * build already holds, so it cannot drift: the topics and their event types from {@link Topics},
 * the event schemas from the .avsc files (inlined, shared types and all, as a registry serves them),
 * and who writes and reads each topic from the services' application.yml bindings.
 */
final class AsyncApiCatalogue {

  static final String CATALOGUE = "docs/asyncapi.yaml";
  static final String AVRO = "application/vnd.apache.avro;version=1.9.0";
  static final String KAFKA_BINDING = "0.5.0";

  static final String HEADER =
      """
      # The event catalogue of SupportFlow (AsyncAPI 3.0). GENERATED: do not edit by hand.
      # Written by schemas' AsyncApiCatalogueTest from the Topics enum, schemas/src/main/avro/*.avsc
      # and the services' application.yml; the build fails when this file differs from what it
      # would write now. Rewrite it after changing those:
      #   ./mvnw -o -q -pl schemas test -Dtest=AsyncApiCatalogueTest -Dcatalogue.write=true
      # Read for analysts: docs/events.md. Read any topic as JSON lines or CSV: bin/events.
      """;

  /** The headers the binders (and UnreadableRecords) put on a dead letter, with what each holds. */
  static final Map<String, String> DEAD_LETTER_HEADERS = deadLetterHeaders();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
      .build();

  private final Map<String, Schema> schemas;
  private final List<ServiceBindings> services;

  AsyncApiCatalogue(Map<String, Schema> schemas, List<ServiceBindings> services) {
    this.schemas = schemas;
    this.services = services;
  }

  /** The catalogue of this checkout: its .avsc files and its services' bindings. */
  static AsyncApiCatalogue ofCheckout(Path root) {
    try {
      return new AsyncApiCatalogue(
          AvroSources.parseAll(AvroSources.readFolder(root.resolve("schemas").resolve(AvroSources.SOURCES))),
          ServiceBindings.ofCheckout(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalogue as YAML, header comment first. */
  String yaml() {
    try {
      return HEADER + YAML.writeValueAsString(document());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  ObjectNode document() {
    ObjectNode doc = NODES.objectNode();
    doc.put("asyncapi", "3.0.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "SupportFlow events");
    info.put("version", "1.0.0");
    info.put("description", """
        Every topic of the SupportFlow platform: its key, its event (Avro, with a doc on every field), the \
        service that writes it and the services that read it, and the dead-letter topics with their headers.
        Wire format of every value: Confluent's, i.e. magic byte 0, the 4-byte big-endian schema id, then the \
        Avro binary encoding. The schema id resolves at any Confluent-API registry (GET /schemas/ids/{id}); \
        the value schema of topic t is registered under subject "t-value" (TopicNameStrategy). \
        Every case topic is keyed by case id (UTF-8 text, not Avro) and all topics have the same partition count, \
        so one case's events sit on the same partition number on every topic.
        """);
    ObjectNode local = doc.putObject("servers").putObject("local");
    local.put("host", "localhost:9092");
    local.put("protocol", "kafka");
    local.put("description", "The local stack (bin/local-stack): a KRaft broker and Apicurio Registry's Confluent API.");
    ObjectNode serverBinding = local.putObject("bindings").putObject("kafka");
    serverBinding.put("schemaRegistryUrl", "http://localhost:8081/apis/ccompat/v7");
    serverBinding.put("schemaRegistryVendor", "apicurio");
    serverBinding.put("bindingVersion", KAFKA_BINDING);

    ObjectNode channels = doc.putObject("channels");
    ObjectNode operations = doc.putObject("operations");
    ObjectNode messages = doc.putObject("components").putObject("messages");
    for (Topics topic : Topics.values()) {
      Schema event = sourceOf(topic);
      String key = keyOf(topic.topicName());
      ObjectNode channel = channel(channels, topic.topicName(), event.getDoc());
      channel.putObject("messages").putObject(event.getName()).put("$ref", "#/components/messages/" + event.getName());
      messages.set(event.getName(), eventMessage(topic, event, key));
      addOperations(operations, topic.topicName(), event.getName());
    }
    messages.set("DeadLetter", deadLetterMessage());
    for (String dlq : Topics.DEAD_LETTER_TOPICS) {
      ServiceBindings writer = services.stream().filter(s -> s.deadLetters().equals(Optional.of(dlq))).findFirst()
          .orElseThrow(() -> new IllegalStateException("No service's application.yml writes dead letters to " + dlq));
      ObjectNode channel = channel(channels, dlq, "Dead letters of " + writer.service() + ": records of "
          + String.join(", ", writer.reads()) + " that it could not read, or could not handle after its retries, "
          + "with their key and value bytes unchanged and headers that say where they came from and why. "
          + "bin/dlq lists them and puts chosen ones back on their topic, marked with the header x-replayed-from "
          + "(dlq-topic:partition:offset).");
      channel.put("x-dead-letters-of", writer.service());
      channel.putObject("messages").putObject("DeadLetter").put("$ref", "#/components/messages/DeadLetter");
      addOperations(operations, dlq, "DeadLetter");
    }
    return doc;
  }

  private Schema sourceOf(Topics topic) {
    String name = SpecificData.get().getSchema(topic.eventType()).getFullName();
    Schema source = schemas.get(name);
    if (source == null) {
      throw new IllegalStateException(topic.topicName() + " carries " + name + ", which no .avsc file defines");
    }
    return source;
  }

  private String keyOf(String topic) {
    return services.stream().filter(s -> s.writes().contains(topic)).findFirst()
        .map(s -> s.keyFieldByTopic().get(topic))
        .orElseThrow(() -> new IllegalStateException("No producer binding names the key of " + topic));
  }

  private static ObjectNode channel(ObjectNode channels, String topic, String description) {
    ObjectNode channel = channels.putObject(channelId(topic));
    channel.put("address", topic);
    channel.put("description", description);
    ObjectNode binding = channel.putObject("bindings").putObject("kafka");
    binding.put("topic", topic);
    binding.put("bindingVersion", KAFKA_BINDING);
    return channel;
  }

  /** One send operation per writer, one receive per reader, named service.action.topic. */
  private void addOperations(ObjectNode operations, String topic, String message) {
    for (ServiceBindings service : services) {
      boolean writes = service.writes().contains(topic) || service.deadLetters().equals(Optional.of(topic));
      if (writes) {
        operation(operations, service.service(), "send", topic, message);
      }
      if (service.reads().contains(topic)) {
        operation(operations, service.service(), "receive", topic, message);
      }
    }
  }

  private static void operation(ObjectNode operations, String service, String action, String topic, String message) {
    ObjectNode op = operations.putObject(service + "." + action + "." + topic);
    op.put("action", action);
    op.put("title", service + (action.equals("send") ? " writes " : " reads ") + topic);
    op.putObject("channel").put("$ref", "#/channels/" + channelId(topic));
    op.putArray("messages").addObject().put("$ref", "#/channels/" + channelId(topic) + "/messages/" + message);
    op.putArray("tags").addObject().put("name", service);
  }

  private static ObjectNode eventMessage(Topics topic, Schema event, String keyField) {
    ObjectNode message = NODES.objectNode();
    message.put("name", event.getName());
    message.put("title", event.getFullName());
    message.put("summary", event.getDoc());
    ObjectNode payload = message.putObject("payload");
    payload.put("schemaFormat", AVRO);
    payload.set("schema", avroJson(event));
    if (event.getField(keyField) == null) {
      throw new IllegalStateException(topic.topicName() + " is keyed by " + keyField + ", which "
          + event.getName() + " does not have");
    }
    ObjectNode binding = message.putObject("bindings").putObject("kafka");
    binding.putObject("key").put("type", "string").put("doc", "UTF-8 text, not Avro: the event's " + keyField + ".");
    confluentSchemaId(binding);
    message.put("x-avro-file", "schemas/" + AvroSources.SOURCES + "/" + event.getName() + ".avsc");
    message.put("x-registry-subject", topic.valueSubject());
    message.put("x-key-field", keyField);
    return message;
  }

  private static ObjectNode deadLetterMessage() {
    ObjectNode message = NODES.objectNode();
    message.put("name", "DeadLetter");
    message.put("title", "A record a consumer gave up on");
    message.put("summary", "The original record's key and value bytes, unchanged, with headers naming where it came "
        + "from and why it failed.");
    ObjectNode headers = message.putObject("headers");
    headers.put("type", "object");
    ObjectNode properties = headers.putObject("properties");
    DEAD_LETTER_HEADERS.forEach((name, meaning) -> properties.putObject(name).put("type", "string")
        .put("description", meaning));
    ObjectNode payload = message.putObject("payload");
    payload.put("type", "string");
    payload.put("format", "binary");
    payload.put("description", "The value bytes of the original record, unchanged: normally an event of "
        + "x-original-topic in Confluent's wire format (schema id in bytes 1-4); for a record that could not be "
        + "read, whatever bytes arrived.");
    ObjectNode binding = message.putObject("bindings").putObject("kafka");
    binding.putObject("key").put("type", "string").put("description", "The original record's key (the case id).");
    confluentSchemaId(binding);
    return message;
  }

  private static void confluentSchemaId(ObjectNode kafkaMessageBinding) {
    kafkaMessageBinding.put("schemaIdLocation", "payload");
    kafkaMessageBinding.put("schemaIdPayloadEncoding", "confluent");
    kafkaMessageBinding.put("schemaLookupStrategy", "TopicIdStrategy");
    kafkaMessageBinding.put("bindingVersion", KAFKA_BINDING);
  }

  private static Map<String, String> deadLetterHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("x-original-topic", "UTF-8: the topic the record came from.");
    headers.put("x-original-partition", "4-byte big-endian int: its partition there.");
    headers.put("x-original-offset", "8-byte big-endian long: its offset there.");
    headers.put("x-original-timestamp", "8-byte big-endian long: its timestamp (epoch milliseconds); "
        + "not on records that could not be read.");
    headers.put("x-original-timestamp-type", "UTF-8: CreateTime or LogAppendTime; not on records that could not be read.");
    headers.put("x-exception-fqcn", "UTF-8: the class of the failure.");
    headers.put("x-exception-message", "UTF-8: the failure's message; its first line is the reason bin/dlq shows.");
    headers.put("x-exception-stacktrace", "UTF-8: the failure's stack trace; not on records that could not be read.");
    return Collections.unmodifiableMap(headers);
  }

  /** The Avro schema as JSON, named types inlined at first use (the form a registry serves). */
  private static JsonNode avroJson(Schema schema) {
    try {
      return JSON.readTree(schema.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String channelId(String topic) {
    return topic.replace('.', '_');
  }
}
