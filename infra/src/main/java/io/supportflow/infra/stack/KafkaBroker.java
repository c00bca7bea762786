package io.supportflow.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one process), run in a child
 * JVM from the Kafka jars on this class path, with its data on disk so topics and schemas (the
 * registry's journal) survive restarts.
 */
public final class KafkaBroker extends ChildJvmServer<KafkaBroker.Settings> {

  private static final Duration FORMAT_DEADLINE = Duration.ofSeconds(60);
  private static final Duration START_DEADLINE = Duration.ofSeconds(90);

  /**
   * @param dataDir holds server.properties, the cluster id and the log segments
   * @param logFile the broker's own log
   * @param partitions default partition count of topics created without one
   */
  public record Settings(
      Path dataDir, Path logFile, String host, int port, int controllerPort, int partitions) {

    public String bootstrapServers() {
      return host + ":" + port;
    }
  }

  private KafkaBroker(Settings settings, ChildJvm child) {
    super(settings, child);
  }

  /** Formats the storage on first use, starts the broker and waits until it serves requests. */
  public static KafkaBroker start(Settings settings) {
    Path dataDir = settings.dataDir().toAbsolutePath();
    Path config = writeServerProperties(settings, dataDir);
    Path logDir = dataDir.resolve("log");
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      ChildJvm format =
          ChildJvm.start(
              "Kafka storage format",
              kafkaCommand(
                  "kafka.tools.StorageTool",
                  "format", "--ignore-formatted", "-t", clusterId(dataDir), "-c", config.toString()),
              dataDir,
              Map.of(),
              settings.logFile());
      format.awaitSuccess(FORMAT_DEADLINE);
    }
    ChildJvm child =
        ChildJvm.start(
            "Kafka broker",
            kafkaCommand("kafka.Kafka", config.toString()),
            dataDir,
            Map.of(),
            settings.logFile());
    KafkaBroker broker = new KafkaBroker(settings, child);
    try {
      broker.awaitReady();
    } catch (RuntimeException e) {
      child.stop(Duration.ofSeconds(5));
      throw e;
    }
    return broker;
  }

  public String bootstrapServers() {
    return settings.bootstrapServers();
  }

  private void awaitReady() {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000,
            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    try (Admin admin = Admin.create(config)) {
      child.awaitReady(START_DEADLINE, () -> hasBroker(admin));
    }
  }

  private static boolean hasBroker(Admin admin) {
    try {
      return !admin
          .describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
          .nodes()
          .get(3, TimeUnit.SECONDS)
          .isEmpty();
    } catch (ExecutionException | TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<String> kafkaCommand(String mainClass, String... args) {
    List<String> command =
        ChildJvm.javaCommand(
            List.of(
                "-Xms256m",
                "-Xmx1g",
                "-XX:+UseSerialGC",
                // The broker logs through SLF4J; slf4j-simple writes to stderr, i.e. the log file.
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
                "-cp",
                ChildJvm.currentClassPath()));
    command.add(mainClass);
    command.addAll(List.of(args));
    return command;
  }

  /** The cluster id, made once and kept beside the data, as the storage format is tied to it. */
  private static String clusterId(Path dataDir) {
    Path file = dataDir.resolve("cluster.id");
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
      }
      String id = Uuid.randomUuid().toString();
      Files.writeString(file, id + System.lineSeparator(), StandardCharsets.UTF_8);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the Kafka cluster id in " + file, e);
    }
  }

  private static Path writeServerProperties(Settings s, Path dataDir) {
    String properties =
        """
        # Written by SupportFlow's local stack on every start; edits are overwritten.
        process.roles=broker,controller
        node.id=1
        controller.quorum.voters=1@%1$s:%3$d
        listeners=PLAINTEXT://%1$s:%2$d,CONTROLLER://%1$s:%3$d
        advertised.listeners=PLAINTEXT://%1$s:%2$d
        controller.listener.names=CONTROLLER
        inter.broker.listener.name=PLAINTEXT
        listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
        log.dirs=%4$s
        num.partitions=%5$d
        default.replication.factor=1
        offsets.topic.replication.factor=1
        transaction.state.log.replication.factor=1
        transaction.state.log.min.isr=1
        share.coordinator.state.topic.replication.factor=1
        share.coordinator.state.topic.min.isr=1
        # One broker: no reason to wait for more group members before the first rebalance.
        group.initial.rebalance.delay.ms=0
        # Topics are created on purpose (TopicSetup), so a misspelt name fails instead of appearing.
        auto.create.topics.enable=false
        """
            .formatted(
                s.host(),
                s.port(),
                s.controllerPort(),
                dataDir.resolve("log").toString().replace('\\', '/'),
                s.partitions());
    try {
      Files.createDirectories(dataDir);
      Path file = dataDir.resolve("server.properties");
      Files.writeString(file, properties, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the Kafka configuration in " + dataDir, e);
    }
  }
}
