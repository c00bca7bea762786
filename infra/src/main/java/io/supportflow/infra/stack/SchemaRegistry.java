package io.supportflow.infra.stack;

import io.supportflow.schemas.registry.SchemaRegistryClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Apicurio Registry, a real schema registry, run from its distribution (unpacked by the infra
 * build) in a child JVM. Clients use its Confluent-compatible API, so the services work unchanged
 * against Confluent Schema Registry, Karapace or Redpanda. Every subject starts BACKWARD-compatible.
 */
public final class SchemaRegistry extends ChildJvmServer<SchemaRegistry.Settings> {

  /** System property that points at an unpacked Apicurio Registry distribution. */
  public static final String HOME_PROPERTY = "supportflow.apicurio.home";

  private static final Duration START_DEADLINE = Duration.ofSeconds(90);
  private static final String CONFLUENT_API = "/apis/ccompat/v7";

  /**
   * @param storage Apicurio settings for its storage; empty means in memory
   */
  public record Settings(Path home, Path logFile, String host, int port, Map<String, String> storage) {

    /** Schemas kept in memory: gone when the registry stops. For tests. */
    public static Settings inMemory(Path home, Path logFile, String host, int port) {
      return new Settings(home, logFile, host, port, Map.of());
    }

    /** Schemas kept in a Kafka topic (Apicurio's "kafkasql" storage): they survive restarts. */
    public static Settings kafkaSql(
        Path home, Path logFile, String host, int port, String bootstrapServers) {
      Map<String, String> storage = new LinkedHashMap<>();
      storage.put("apicurio.storage.kind", "kafkasql");
      storage.put("apicurio.kafkasql.bootstrap.servers", bootstrapServers);
      // The journal is replayed in order at start; one partition keeps that order total.
      storage.put("apicurio.kafkasql.topic.partitions", "1");
      storage.put("apicurio.kafkasql.snapshots.topic.partitions", "1");
      // Default 5 s per poll makes an empty snapshot topic cost 10 s of every start.
      storage.put("apicurio.kafkasql.consumer.poll.timeout", "500");
      return new Settings(home, logFile, host, port, storage);
    }

    public String url() {
      return "http://" + host + ":" + port + CONFLUENT_API;
    }
  }

  private SchemaRegistry(Settings settings, ChildJvm child) {
    super(settings, child);
  }

  /** Starts the registry without waiting; call {@link #awaitReady()} before use. */
  public static SchemaRegistry launch(Settings settings) {
    Path runner = settings.home().resolve("quarkus-run.jar");
    if (!Files.isRegularFile(runner)) {
      throw new StackStartupException(
          "Apicurio Registry is not unpacked at " + settings.home()
              + ": run ./mvnw -pl infra package first (or set -D" + HOME_PROPERTY + ")");
    }
    List<String> options = new ArrayList<>();
    options.addAll(
        List.of(
            "-Xmx512m",
            "-XX:+UseSerialGC",
            // Quicker start matters more here than peak speed.
            "-XX:TieredStopAtLevel=1",
            "-Dquarkus.http.host=" + settings.host(),
            "-Dquarkus.http.port=" + settings.port(),
            // The management interface is built in (the runtime switch is ignored); keep it off the
            // network and off a fixed port, so several registries can run side by side.
            "-Dquarkus.management.host=127.0.0.1",
            "-Dquarkus.management.port=0",
            "-Dquarkus.http.access-log.enabled=false",
            "-Dquarkus.otel.sdk.disabled=true"));
    settings.storage().forEach((key, value) -> options.add("-D" + key + "=" + value));
    List<String> command = ChildJvm.javaCommand(options);
    command.add("-jar");
    command.add(runner.toString());
    ChildJvm child =
        ChildJvm.start("Schema registry", command, settings.home(), Map.of(), settings.logFile());
    return new SchemaRegistry(settings, child);
  }

  /** Starts the registry and waits until it answers. */
  public static SchemaRegistry start(Settings settings) {
    SchemaRegistry registry = launch(settings);
    registry.awaitReady();
    return registry;
  }

  /**
   * Waits until the Confluent API answers, then makes BACKWARD the global compatibility level, as
   * the project's schema rules require. Stops the registry if it does not come up.
   */
  public void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest subjects =
        HttpRequest.newBuilder(URI.create(url() + "/subjects"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    try {
      child.awaitReady(START_DEADLINE, () -> HttpReadiness.answersOk(http, subjects));
      new SchemaRegistryClient(url(), null, Duration.ofSeconds(10)).setCompatibility(null, "BACKWARD");
    } catch (RuntimeException e) {
      child.stop(Duration.ofSeconds(5));
      throw e;
    }
  }

  /**
   * Waits for a registry launched on a port that was free a moment ago ({@link PortCheck#freePort()}).
   * Its JVM boots for seconds before it binds, and in that time the broker or any client's socket
   * may take the port; then it exits saying the port is in use, and another is launched by
   * {@code relaunch} (on a new port), at most {@code attempts} times in all.
   */
  public static SchemaRegistry awaitReadyOrRelaunch(
      SchemaRegistry launched, Supplier<SchemaRegistry> relaunch, int attempts) {
    SchemaRegistry registry = launched;
    for (int attempt = 1; ; attempt++) {
      try {
        registry.awaitReady();
        return registry;
      } catch (StackStartupException e) {
        if (attempt >= attempts || !lostItsPort(e)) {
          throw e;
        }
        registry = relaunch.get();
      }
    }
  }

  private static boolean lostItsPort(StackStartupException e) {
    // Quarkus: "Port 46865 seems to be in use by another process".
    return e.getMessage() != null && e.getMessage().contains("in use");
  }

  /** Base URL of the Confluent-compatible API, e.g. http://127.0.0.1:8081/apis/ccompat/v7. */
  public String url() {
    return settings.url();
  }

  /**
   * The unpacked distribution: {@code -Dsupportflow.apicurio.home}, else infra/target/apicurio-registry
   * in this checkout.
   */
  public static Path locateHome() {
    String configured = System.getProperty(HOME_PROPERTY);
    Path home =
        configured != null && !configured.isBlank()
            ? Path.of(configured)
            : RepoRoot.find().resolve("infra").resolve("target").resolve("apicurio-registry");
    if (!Files.isRegularFile(home.resolve("quarkus-run.jar"))) {
      throw new StackStartupException(
          "Apicurio Registry is not unpacked at " + home
              + ": run ./mvnw -pl infra package first (or set -D" + HOME_PROPERTY + ")");
    }
    return home.toAbsolutePath();
  }
}
