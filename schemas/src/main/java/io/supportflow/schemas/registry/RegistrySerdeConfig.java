package io.supportflow.schemas.registry;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kafka client properties the serde reads. The names are Confluent's, so a configuration written
 * for Confluent's serializers works here unchanged.
 */
public final class RegistrySerdeConfig {

  public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
  public static final String REQUEST_TIMEOUT_MS = "schema.registry.request.timeout.ms";

  // One client per registry URL in a JVM, so every serializer instance shares one cache.
  private static final Map<String, SchemaRegistryClient> CLIENTS = new ConcurrentHashMap<>();

  private RegistrySerdeConfig() {}

  static SchemaRegistryClient client(Map<String, ?> configs) {
    Object url = configs.get(SCHEMA_REGISTRY_URL);
    if (url == null || url.toString().isBlank()) {
      throw new IllegalArgumentException(
          SCHEMA_REGISTRY_URL + " must be set for the Avro serde (e.g. http://localhost:8081/apis/ccompat/v7)");
    }
    Object userInfo = configs.get(BASIC_AUTH_USER_INFO);
    Object timeout = configs.get(REQUEST_TIMEOUT_MS);
    Duration requestTimeout =
        Duration.ofMillis(timeout == null ? 10_000 : Long.parseLong(timeout.toString()));
    String key = url + "|" + userInfo;
    return CLIENTS.computeIfAbsent(
        key,
        k ->
            new SchemaRegistryClient(
                url.toString(), userInfo == null ? null : userInfo.toString(), requestTimeout));
  }

  static boolean autoRegister(Map<String, ?> configs) {
    Object value = configs.get(AUTO_REGISTER_SCHEMAS);
    return value == null || Boolean.parseBoolean(value.toString());
  }
}
