package io.supportflow.infra.stack;

import com.icegreen.greenmail.util.GreenMail;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The whole platform infrastructure for tests, started once per test JVM and stopped when it
 * exits: a real Kafka broker (in this JVM), a real schema registry (Apicurio, child JVM, schemas in
 * memory), a MongoDB wire-protocol server and an SMTP/IMAP server, all on free ports, with every
 * topic created. Spring tests marked {@link io.supportflow.infra.testing.OnTestStack} run on {@link #springProperties()}.
 */
public final class TestStack {

  private static final String HOST = "127.0.0.1";
  private static TestStack shared;
  private static RuntimeException startFailure;

  private final EmbeddedKafkaKraftBroker kafka;
  private final SchemaRegistry registry;
  private final MongoWireServer mongo;
  private final MailServer mail;

  private TestStack(
      EmbeddedKafkaKraftBroker kafka, SchemaRegistry registry, MongoWireServer mongo, MailServer mail) {
    this.kafka = kafka;
    this.registry = registry;
    this.mongo = mongo;
    this.mail = mail;
  }

  /** The stack of this JVM, started on first use. A failed start is reported to every caller. */
  public static synchronized TestStack shared() {
    if (startFailure != null) {
      throw new StackStartupException("The test stack failed to start earlier in this JVM", startFailure);
    }
    if (shared == null) {
      try {
        shared = start();
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "test-stack-shutdown"));
    }
    return shared;
  }

  public String kafkaBootstrapServers() {
    return kafka.getBrokersAsString();
  }

  /** Confluent-compatible registry API, e.g. http://127.0.0.1:PORT/apis/ccompat/v7. */
  public String schemaRegistryUrl() {
    return registry.url();
  }

  /** e.g. mongodb://127.0.0.1:PORT */
  public String mongoUri() {
    return mongo.connectionString();
  }

  public int smtpPort() {
    return mail.smtpPort();
  }

  public int imapPort() {
    return mail.imapPort();
  }

  public GreenMail mail() {
    return mail.greenMail();
  }

  /** A probe on the topic that sees what arrives from now on, decoded through the registry. */
  public TopicProbe probe(String topic) {
    return new TopicProbe(kafkaBootstrapServers(), schemaRegistryUrl(), topic);
  }

  /** Publishes an event in the wire format the services use. */
  public void publish(String topic, String key, SpecificRecord event) {
    TopicProbe.publish(kafkaBootstrapServers(), schemaRegistryUrl(), topic, key, event);
  }

  /**
   * Publishes a case event on the topic that carries its type, keyed by its case id as the
   * services key it, so it lands on the case's partition.
   */
  public void publish(SpecificRecord caseEvent) {
    Schema.Field caseId = caseEvent.getSchema().getField("caseId");
    if (caseId == null) {
      throw new IllegalArgumentException(caseEvent.getSchema().getName() + " is not keyed by a case id");
    }
    publish(Topics.carrying(caseEvent.getClass()).topicName(), String.valueOf(caseEvent.get(caseId.pos())), caseEvent);
  }

  /** Publishes arbitrary bytes, e.g. a record no service can read. */
  public void publishRaw(String topic, String key, byte[] value) {
    TopicProbe.publishRaw(kafkaBootstrapServers(), topic, key, value);
  }

  /** The settings a SupportFlow service needs to run against this stack. */
  public Map<String, String> springProperties() {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.cloud.stream.kafka.binder.brokers", kafkaBootstrapServers());
    properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
    properties.put("supportflow.schema-registry.url", schemaRegistryUrl());
    properties.put(
        "spring.cloud.stream.kafka.binder.configuration.schema.registry.url", schemaRegistryUrl());
    properties.put("spring.mongodb.uri", mongoUri());
    properties.put("spring.mail.host", HOST);
    properties.put("spring.mail.port", String.valueOf(smtpPort()));
    return Map.copyOf(properties);
  }

  private static TestStack start() {
    Deque<AutoCloseable> started = new ArrayDeque<>();
    try {
      // The registry JVM takes the longest; it boots while the rest starts here.
      SchemaRegistry registry = launchRegistry();
      started.push(registry);

      EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, TopicSetup.DEFAULT_PARTITIONS);
      kafka.brokerProperty("num.partitions", TopicSetup.DEFAULT_PARTITIONS);
      kafka.brokerProperty("auto.create.topics.enable", false);
      kafka.brokerProperty("group.initial.rebalance.delay.ms", 0);
      kafka.afterPropertiesSet();
      started.push(kafka::destroy);
      TopicSetup.ensureTopics(kafka.getBrokersAsString(), TopicSetup.DEFAULT_PARTITIONS);

      MongoWireServer mongo = MongoWireServer.inMemory(HOST, 0);
      started.push(mongo);
      MailServer mail = MailServer.start(HOST, 0, 0);
      started.push(mail);

      SchemaRegistry ready = SchemaRegistry.awaitReadyOrRelaunch(registry, () -> {
        SchemaRegistry again = launchRegistry();
        started.push(again);
        return again;
      }, 3);
      return new TestStack(kafka, ready, mongo, mail);
    } catch (RuntimeException e) {
      stopAll(started, e);
      throw e;
    }
  }

  private static SchemaRegistry launchRegistry() {
    int port = PortCheck.freePort();
    return SchemaRegistry.launch(SchemaRegistry.Settings.inMemory(
        SchemaRegistry.locateHome(), logFolder().resolve("schema-registry-" + port + ".log"), HOST, port));
  }

  /**
   * Only the registry, a process of its own, needs stopping. The in-JVM servers go with the JVM:
   * stopping the broker here would race Kafka's own hook that deletes its temporary folder (and
   * fill the build output with storage errors), and the services' Spring contexts, closing in
   * their own hooks at the same time, still talk to Kafka, Mongo and mail while they do.
   */
  private void stop() {
    registry.close();
  }

  private static void stopAll(Deque<AutoCloseable> parts, RuntimeException failure) {
    while (!parts.isEmpty()) {
      try {
        parts.pop().close();
      } catch (Exception e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** target/test-stack of the module under test, where a developer looks; else a temp folder. */
  private static Path logFolder() {
    try {
      Path target = Path.of("target");
      return Files.isDirectory(target)
          ? Files.createDirectories(target.resolve("test-stack"))
          : Files.createTempDirectory("supportflow-test-stack");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a folder for the test stack's logs", e);
    }
  }
}
