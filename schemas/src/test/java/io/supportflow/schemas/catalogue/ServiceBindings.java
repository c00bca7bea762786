package io.supportflow.schemas.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What one service reads and writes, as its {@code application.yml} binds it: the destinations of
 * its {@code -in-} and {@code -out-} bindings (and the key topic it reads without one), its dead-letter topic, and the payload field each
 * producer binding keys its records by ({@code message-key-expression: payload.caseId}).
 */
record ServiceBindings(String service, Set<String> reads, Set<String> writes, Optional<String> deadLetters,
    Map<String, String> keyFieldByTopic) {

  private static final YAMLMapper YAML = new YAMLMapper();

  /** Every module of the checkout whose application.yml binds Kafka topics, by service name. */
  static List<ServiceBindings> ofCheckout(Path root) {
    try (Stream<Path> modules = Files.list(root)) {
      List<ServiceBindings> services = new ArrayList<>();
      for (Path yml : modules.map(m -> m.resolve("src/main/resources/application.yml")).filter(Files::isRegularFile)
          .sorted().toList()) {
        JsonNode document = YAML.readTree(yml.toFile());
        JsonNode spring = document.path("spring");
        if (spring.path("cloud").path("stream").path("bindings").isObject()) {
          services.add(of(spring, document.path("supportflow").path("security").path("keys-topic").asText("")));
        }
      }
      return List.copyOf(services);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ServiceBindings of(JsonNode spring) {
    return of(spring, "");
  }

  /**
   * @param keysTopic the key topic the service reads into memory with its own consumer, outside
   *     the bindings ({@code supportflow.security.keys-topic}, docs/adr/0012); empty: none
   */
  static ServiceBindings of(JsonNode spring, String keysTopic) {
    String service = spring.path("application").path("name").asText();
    JsonNode stream = spring.path("cloud").path("stream");
    JsonNode kafkaBindings = stream.path("kafka").path("bindings");
    Set<String> reads = new TreeSet<>();
    Set<String> writes = new TreeSet<>();
    Map<String, String> keys = new LinkedHashMap<>();
    Optional<String> deadLetters = Optional.empty();
    for (var binding : stream.path("bindings").properties()) {
      List<String> topics = Arrays.stream(binding.getValue().path("destination").asText().split(","))
          .map(String::strip).filter(t -> !t.isEmpty()).toList();
      JsonNode kafka = kafkaBindings.path(binding.getKey());
      if (binding.getKey().contains("-in-")) {
        reads.addAll(topics);
        // The binder's DLQ (enable-dlq) or, on a batch binding, the batch error handler writes to it.
        String dlqName = kafka.path("consumer").path("dlq-name").asText();
        if (!dlqName.isEmpty()) {
          deadLetters = Optional.of(dlqName);
        }
      } else if (binding.getKey().contains("-out-")) {
        writes.addAll(topics);
        String key = kafka.path("producer").path("message-key-expression").asText();
        if (key.startsWith("payload.")) {
          topics.forEach(t -> keys.put(t, key.substring("payload.".length())));
        }
      }
    }
    if (!keysTopic.isBlank()) {
      reads.add(keysTopic);
    }
    return new ServiceBindings(service, reads, writes, deadLetters, Map.copyOf(keys));
  }
}
