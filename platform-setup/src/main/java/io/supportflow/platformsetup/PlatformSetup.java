package io.supportflow.platformsetup;

import io.supportflow.schemas.registry.SchemaRegistryClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The chart's pre-install/pre-upgrade Job: topics, then compatibility and schemas. Exits non-zero
 * with the reason when anything is refused, so Helm stops before a pod is replaced. Running it
 * again changes nothing.
 */
public final class PlatformSetup {

  /** What one run did. */
  record Outcome(List<String> createdTopics, Map<String, Integer> schemaIds) {}

  private PlatformSetup() {}

  public static void main(String[] args) throws InterruptedException {
    try {
      Outcome outcome = run(SetupSettings.from(System.getenv()));
      System.out.println("Topics created: " + (outcome.createdTopics().isEmpty() ? "none (all there)" : outcome.createdTopics()));
      System.out.println("Registry compatibility " + SchemaRegistration.COMPATIBILITY + "; schema ids " + outcome.schemaIds());
    } catch (SetupException e) {
      System.err.println("Platform setup refused: " + e.getMessage());
      System.exit(1);
    }
  }

  static Outcome run(SetupSettings settings) throws InterruptedException {
    Properties kafka = new Properties();
    kafka.putAll(settings.kafkaClientProperties());
    kafka.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
    List<String> created;
    try (Admin admin = Admin.create(kafka)) {
      created = PlatformTopics.ensure(admin, settings.partitions(), settings.replicationFactor());
    }
    var registry =
        new SchemaRegistryClient(settings.schemaRegistryUrl(), settings.schemaRegistryUserInfo(), Duration.ofSeconds(30));
    try {
      return new Outcome(created, SchemaRegistration.apply(registry));
    } catch (RuntimeException e) {
      throw new SetupException("schema registry " + settings.schemaRegistryUrl() + ": " + e.getMessage(), e);
    }
  }
}
