package io.supportflow.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * infra/compose.yaml cannot run here (no Docker engine); this checks what can be checked: every
 * service and its infrastructure is there, each service gets the environment it reads, and runs
 * as locked down as in the chart.
 */
class ComposeFileTest {

  @SuppressWarnings("unchecked")
  private final Map<String, Map<String, Object>> services =
      (Map<String, Map<String, Object>>) load().get("services");

  @Test
  void holdsTheFiveServicesTheSetupAndRealInfrastructure() {
    assertThat(services).containsKeys("kafka", "schema-registry", "mongodb", "mail", "platform-setup");
    Services.ALL.forEach(svc -> assertThat(services).containsKey(svc.name()));
    assertThat(env("kafka").get("KAFKA_PROCESS_ROLES")).as("KRaft, no ZooKeeper").isEqualTo("broker,controller");
    assertThat(String.valueOf(services.get("schema-registry").get("image"))).startsWith("confluentinc/cp-schema-registry:");
    assertThat(String.valueOf(services.get("mongodb").get("image"))).startsWith("mongo:");
    assertThat(env("platform-setup")).containsEntry("KAFKA_BOOTSTRAP", "kafka:9092").containsKey("TOPIC_PARTITIONS");
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyServiceGetsWhatItReadsAndRunsLockedDown() throws IOException {
    for (Services svc : Services.ALL) {
      Map<String, Object> service = services.get(svc.name());
      Map<String, Object> env = env(svc.name());
      assertThat(String.valueOf(service.get("image"))).endsWith("/" + svc.name() + ":${SUPPORTFLOW_TAG:-0.1.0-SNAPSHOT}");
      assertThat(env).containsEntry("KAFKA_BOOTSTRAP", "kafka:9092")
          .containsEntry("SCHEMA_REGISTRY_URL", "http://schema-registry:8081")
          .containsEntry("MONGODB_URI", "mongodb://mongodb:27017")
          .containsEntry("SCHEMA_AUTO_REGISTER", "false")
          .containsEntry("SERVER_PORT", String.valueOf(svc.port()));
      String yml = Files.readString(svc.applicationYml());
      env.keySet().forEach(name -> assertThat(yml).as(svc.name() + " reads " + name).contains("${" + name + ":"));
      assertThat(service.get("read_only")).isEqualTo(true);
      assertThat(service.get("user")).isEqualTo("65532:65532");
      assertThat((List<?>) service.get("tmpfs")).anyMatch(t -> String.valueOf(t).startsWith("/tmp"));
      assertThat((List<Object>) service.get("cap_drop")).containsExactly("ALL");
      assertThat((List<Object>) service.get("ports")).contains(svc.port() + ":" + svc.port());
      assertThat(String.valueOf(service.get("depends_on"))).contains("platform-setup={condition=service_completed_successfully}");
    }
    assertThat(env("notification-service")).containsEntry("SMTP_HOST", "mail").containsEntry("SMTP_PORT", "1025");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> env(String service) {
    return (Map<String, Object>) services.get(service).get("environment");
  }

  private static Map<String, Object> load() {
    try (var reader = Files.newBufferedReader(Chart.ROOT.resolve("infra/compose.yaml"))) {
      return new Yaml().load(reader);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
