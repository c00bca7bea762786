package io.supportflow.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.supportflow.schemas.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The chart's knowledge of each service (port, group, topics, consumers per instance, variables)
 * against the service's own application.yml, so a renamed variable or a new topic fails here
 * instead of in a cluster.
 */
class ChartMatchesServicesTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):?([^}]*)}");

  private final JsonNode values = read(Chart.DIRECTORY.resolve("values.yaml"));
  private final Chart.Rendered rendered = Chart.renderForInstall(Map.of());

  @Test
  void portsGroupsTopicsAndConcurrencyAreTheServicesOwn() throws IOException {
    for (Services svc : Services.ALL) {
      JsonNode chart = values.path("services").path(svc.key());
      JsonNode yml = read(svc.applicationYml());
      assertThat(chart.path("image").asText()).isEqualTo(svc.name());
      assertThat(chart.path("port").asInt()).as(svc.name()).isEqualTo(Integer.parseInt(defaultOf(yml.at("/server/port").asText(), "SERVER_PORT")));
      assertThat(yml.at("/spring/application/name").asText()).isEqualTo(svc.name());
      if (!svc.consumer()) {
        assertThat(chart.has("consumer")).isFalse();
        continue;
      }
      JsonNode binding = inputBinding(yml);
      assertThat(binding.path("group").asText()).isEqualTo("${spring.application.name}");
      assertThat(chart.at("/consumer/group").asText()).isEqualTo(svc.name());
      List<String> topics = Arrays.asList(binding.path("destination").asText().split(","));
      assertThat(texts(chart.at("/consumer/topics"))).as(svc.name() + " topics").containsExactlyElementsOf(topics);
      assertThat(topics).allMatch(t -> Arrays.stream(Topics.values()).anyMatch(known -> known.topicName().equals(t)));
      Matcher concurrency = PLACEHOLDER.matcher(binding.at("/consumer/concurrency").asText());
      assertThat(concurrency.matches()).as(svc.name() + " concurrency is a variable").isTrue();
      assertThat(chart.at("/consumer/concurrencyEnv").asText()).isEqualTo(concurrency.group(1));
      assertThat(chart.at("/consumer/concurrency").asInt()).isEqualTo(Integer.parseInt(concurrency.group(2)));
    }
  }

  @Test
  void everyVariableTheChartSetsIsOneTheServiceReads() throws IOException {
    for (Services svc : Services.ALL) {
      String yml = Files.readString(svc.applicationYml());
      JsonNode deployment = rendered.get("Deployment", svc.fullname());
      deployment.at("/spec/template/spec/containers/0/env")
          .forEach(env -> assertThat(yml).as(svc.name() + " reads " + env.path("name").asText()).contains("${" + env.path("name").asText() + ":"));
      rendered.get("ConfigMap", svc.fullname()).path("data").fieldNames()
          .forEachRemaining(name -> assertThat(yml).as(svc.name() + " reads " + name).contains("${" + name + ":"));
    }
  }

  private static JsonNode inputBinding(JsonNode yml) {
    var bindings = yml.at("/spring/cloud/stream/bindings");
    for (var names = bindings.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.endsWith("-in-0")) {
        return bindings.path(name);
      }
    }
    throw new AssertionError("no input binding");
  }

  private static String defaultOf(String placeholder, String variable) {
    Matcher matcher = PLACEHOLDER.matcher(placeholder);
    assertThat(matcher.matches()).as(placeholder).isTrue();
    assertThat(matcher.group(1)).isEqualTo(variable);
    return matcher.group(2);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  private static JsonNode read(java.nio.file.Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
