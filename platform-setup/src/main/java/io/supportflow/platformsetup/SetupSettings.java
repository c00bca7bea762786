package io.supportflow.platformsetup;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the setup is pointed at, from the environment the chart's Job sets (the services' own
 * variable names, so one ConfigMap serves both).
 *
 * @param kafkaBootstrap KAFKA_BOOTSTRAP
 * @param kafkaClientProperties extra Kafka client settings (SASL, TLS) from the file named by
 *     KAFKA_CLIENT_PROPERTIES, empty without it
 * @param schemaRegistryUrl SCHEMA_REGISTRY_URL
 * @param schemaRegistryUserInfo SCHEMA_REGISTRY_USER_INFO ("user:password"), or null
 * @param partitions TOPIC_PARTITIONS: the one partition count of every topic
 * @param replicationFactor TOPIC_REPLICATION_FACTOR, or the broker's default when unset
 */
record SetupSettings(
    String kafkaBootstrap,
    Properties kafkaClientProperties,
    String schemaRegistryUrl,
    String schemaRegistryUserInfo,
    int partitions,
    Optional<Short> replicationFactor) {

  static SetupSettings from(Map<String, String> env) {
    return new SetupSettings(
        required(env, "KAFKA_BOOTSTRAP"),
        clientProperties(env.get("KAFKA_CLIENT_PROPERTIES")),
        required(env, "SCHEMA_REGISTRY_URL"),
        blankToNull(env.get("SCHEMA_REGISTRY_USER_INFO")),
        positive(env, "TOPIC_PARTITIONS", env.getOrDefault("TOPIC_PARTITIONS", "6")),
        Optional.ofNullable(blankToNull(env.get("TOPIC_REPLICATION_FACTOR")))
            .map(value -> (short) positive(env, "TOPIC_REPLICATION_FACTOR", value)));
  }

  private static String required(Map<String, String> env, String name) {
    String value = blankToNull(env.get(name));
    if (value == null) {
      throw new SetupException(name + " is not set");
    }
    return value;
  }

  private static int positive(Map<String, String> env, String name, String value) {
    try {
      int number = Integer.parseInt(value.strip());
      if (number < 1) {
        throw new SetupException(name + " must be at least 1, was " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new SetupException(name + " must be a whole number, was '" + value + "'");
    }
  }

  private static Properties clientProperties(String file) {
    Properties properties = new Properties();
    if (blankToNull(file) != null) {
      try (Reader reader = Files.newBufferedReader(Path.of(file))) {
        properties.load(reader);
      } catch (IOException e) {
        throw new SetupException("cannot read KAFKA_CLIENT_PROPERTIES " + file + ": " + e.getMessage());
      }
    }
    return properties;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
