package io.supportflow.platformsetup;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the setup is pointed at, from the environment the chart's Job sets (named as the
 * services name the same settings).
 *
 * @param kafkaBootstrap KAFKA_BOOTSTRAP
 * @param kafkaClientProperties extra Kafka client settings (SASL, TLS), one variable each:
 *     KAFKA_CLIENT_SECURITY_PROTOCOL sets security.protocol (lower case, _ to .)
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

  private static final String CLIENT_PREFIX = "KAFKA_CLIENT_";

  static SetupSettings from(Map<String, String> env) {
    return new SetupSettings(
        required(env, "KAFKA_BOOTSTRAP"),
        clientProperties(env),
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

  private static Properties clientProperties(Map<String, String> env) {
    Properties properties = new Properties();
    env.forEach((name, value) -> {
      if (name.startsWith(CLIENT_PREFIX) && name.length() > CLIENT_PREFIX.length()) {
        properties.setProperty(name.substring(CLIENT_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
      }
    });
    return properties;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
