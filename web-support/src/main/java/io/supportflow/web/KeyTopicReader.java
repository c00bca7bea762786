package io.supportflow.web;

import io.supportflow.events.ApiKeyChanged;
import io.supportflow.events.ApiKeyRole;
import io.supportflow.schemas.registry.ConfluentAvroDeserializer;
import io.supportflow.schemas.registry.SchemaRegistryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the compacted topic tenants.keys from its beginning into a {@link SharedApiKeys}, and keeps
 * reading: a key issued or revoked anywhere reaches this service within the broker's delivery time
 * (milliseconds; docs/adr/0012). Every instance reads every partition itself (no consumer group, no
 * committed offsets): each needs every key.
 *
 * <p>{@link #caughtUp()} turns true once the reader has reached the end offsets the topic had when
 * it started, i.e. it knows every key published before; the service's readiness waits for it. A
 * record the registry cannot resolve now is read again after a pause; one that can never be read is
 * logged and skipped, so one bad record does not lock every key out.
 */
public final class KeyTopicReader implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(KeyTopicReader.class);
  private static final Duration RETRY = Duration.ofSeconds(1);

  private final Map<String, Object> clientSettings;
  private final String topic;
  private final SharedApiKeys keys;
  private final Duration pollTimeout;
  private final Clock clock;
  private final AtomicLong applied = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();

  private volatile boolean running;
  private volatile Thread thread;
  private volatile KafkaConsumer<String, SpecificRecord> consumer;
  private volatile Map<TopicPartition, Long> endAtStart;
  private volatile Instant caughtUpAt;
  private volatile String waitingFor = "not started";

  /**
   * @param clientSettings Kafka client settings: bootstrap servers, security, and the registry's
   *     {@code schema.registry.url}
   */
  public KeyTopicReader(Map<String, Object> clientSettings, String topic, SharedApiKeys keys, Duration pollTimeout,
      Clock clock) {
    this.clientSettings = Map.copyOf(clientSettings);
    this.topic = topic;
    this.keys = keys;
    this.pollTimeout = pollTimeout;
    this.clock = clock;
  }

  /** Whether every key published before this reader started has been read. */
  public boolean caughtUp() {
    return caughtUpAt != null;
  }

  /** What the reader waits for while not caught up, for the health details. */
  public String waitingFor() {
    return waitingFor;
  }

  public String topic() {
    return topic;
  }

  /** Key states read from the topic since start. */
  public long applied() {
    return applied.get();
  }

  /** Records that could not be read and were skipped. */
  public long skipped() {
    return skipped.get();
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    if (topic == null || topic.isBlank()) {
      caughtUpAt = clock.instant(); // configuration only: nothing to wait for
      waitingFor = "";
      return;
    }
    Thread reader = new Thread(this::run, "api-keys-reader");
    reader.setDaemon(true);
    thread = reader;
    reader.start();
  }

  @Override
  public synchronized void stop() {
    running = false;
    KafkaConsumer<String, SpecificRecord> current = consumer;
    if (current != null) {
      current.wakeup();
    }
    Thread reader = thread;
    if (reader != null) {
      try {
        reader.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Early, so the keys are being read while the web server and the consumers start. */
  @Override
  public int getPhase() {
    return Integer.MIN_VALUE + 1000;
  }

  private void run() {
    Instant started = clock.instant();
    try (KafkaConsumer<String, SpecificRecord> kafka = new KafkaConsumer<>(consumerSettings())) {
      consumer = kafka;
      List<TopicPartition> partitions = assign(kafka);
      while (running) {
        try {
          for (ConsumerRecord<String, SpecificRecord> record : kafka.poll(pollTimeout)) {
            apply(record);
          }
          if (caughtUpAt == null && reachedStartEnd(kafka, partitions)) {
            caughtUpAt = clock.instant();
            waitingFor = "";
            log.info("Read {} API key state(s) from {} up to its end at start in {} ms; reading on",
                applied.get(), topic, Duration.between(started, caughtUpAt).toMillis());
          }
        } catch (RecordDeserializationException e) {
          unreadable(kafka, e);
        } catch (WakeupException e) {
          if (running) {
            throw e;
          }
        } catch (RuntimeException e) {
          log.warn("Reading {} failed, trying again in {} s: {}", topic, RETRY.toSeconds(), e.toString());
          pause();
        }
      }
    } catch (WakeupException stopped) {
      // stop() woke the consumer up
    } catch (RuntimeException e) {
      log.error("The API key reader of {} stopped: {}", topic, e.toString(), e);
    } finally {
      consumer = null;
    }
  }

  /** Every partition of the topic, from its beginning; waits while the topic or the broker is not there. */
  private List<TopicPartition> assign(KafkaConsumer<String, SpecificRecord> kafka) {
    while (running) {
      try {
        List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(5));
        if (infos != null && !infos.isEmpty()) {
          List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
          kafka.assign(partitions);
          kafka.seekToBeginning(partitions);
          endAtStart = Map.copyOf(kafka.endOffsets(partitions, Duration.ofSeconds(10)));
          waitingFor = "reading " + topic + " up to its end offsets at start " + endAtStart.values();
          return partitions;
        }
        waitingFor = "topic " + topic + " does not exist yet";
      } catch (WakeupException e) {
        throw e;
      } catch (RuntimeException e) {
        waitingFor = "the broker, to read " + topic + ": " + e.getMessage();
      }
      pause();
    }
    throw new WakeupException();
  }

  private boolean reachedStartEnd(KafkaConsumer<String, SpecificRecord> kafka, List<TopicPartition> partitions) {
    Map<TopicPartition, Long> end = endAtStart;
    for (TopicPartition partition : partitions) {
      if (kafka.position(partition, Duration.ofSeconds(5)) < end.getOrDefault(partition, 0L)) {
        return false;
      }
    }
    return true;
  }

  private void apply(ConsumerRecord<String, SpecificRecord> record) {
    if (record.value() == null) {
      if (record.key() != null && record.key().matches("[0-9a-fA-F]{64}")) {
        keys.forget(new KeyDigest(record.key()));
      }
      return;
    }
    if (!(record.value() instanceof ApiKeyChanged event)) {
      skipped.incrementAndGet();
      log.error("Skipped a {} on {} at {}@{}: the topic carries ApiKeyChanged only",
          record.value().getSchema().getName(), topic, record.partition(), record.offset());
      return;
    }
    keys.apply(stateOf(event));
    applied.incrementAndGet();
  }

  /** The key state an event carries. */
  public static PublishedKey stateOf(ApiKeyChanged event) {
    Set<KeyRole> roles = EnumSet.noneOf(KeyRole.class);
    for (ApiKeyRole role : event.getRoles()) {
      roles.add(KeyRole.valueOf(role.name()));
    }
    return new PublishedKey(new KeyDigest(event.getKeyDigest()), event.getTenantId(), roles, event.getSubject(),
        event.getExpiresAt(), event.getRevokedAt(), event.getVersion());
  }

  private void unreadable(KafkaConsumer<String, SpecificRecord> kafka, RecordDeserializationException e) {
    if (causedByRegistry(e)) {
      log.warn("A record of {} at {}@{} waits for the schema registry: {}", topic, e.topicPartition(), e.offset(),
          e.getMessage());
      pause();
      return;
    }
    skipped.incrementAndGet();
    log.error("Skipped an unreadable record of {} at {}@{}: {}", topic, e.topicPartition(), e.offset(), e.getMessage());
    kafka.seek(e.topicPartition(), e.offset() + 1);
  }

  private static boolean causedByRegistry(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SchemaRegistryException) {
        return true;
      }
    }
    return false;
  }

  private Map<String, Object> consumerSettings() {
    Map<String, Object> settings = new HashMap<>(clientSettings);
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class.getName());
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "api-keys-reader-" + UUID.randomUUID().toString().substring(0, 8));
    settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
    return settings;
  }

  private void pause() {
    if (running) {
      LockSupport.parkNanos(RETRY.toNanos());
    }
  }
}
