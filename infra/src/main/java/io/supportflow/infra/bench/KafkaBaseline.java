package io.supportflow.infra.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the broker alone can do over the pipeline's hops: plain kafka-clients, no Spring, no Mongo,
 * no registry. A source writes topic 0; each stage consumes topic k and writes topic k+1 (async
 * sends, flushed before the offsets are committed: at least once); a sink reads the last. Same
 * partition count, same value sizes per hop as the pipeline's topics, acks=all with idempotence,
 * keys like case ids, on topics of their own ({@code bench.baseline.N}).
 */
final class KafkaBaseline {

  /** What one baseline run measured; latencies in microseconds from the intended send. */
  record Result(int count, int received, double seconds, double throughput, Latency endToEnd) {}

  private final String bootstrap;
  private final int partitions;
  private final int[] valueSizes;

  /** @param valueSizes the value size written to each topic, source first; one stage per extra topic */
  KafkaBaseline(String bootstrap, int partitions, int[] valueSizes) {
    this.bootstrap = bootstrap;
    this.partitions = partitions;
    this.valueSizes = valueSizes.clone();
  }

  static String topic(int hop) {
    return "bench.baseline." + hop;
  }

  /** Creates (or recreates, if their partition count differs) the baseline's topics. */
  void prepareTopics(Admin admin) throws Exception {
    List<String> names = new ArrayList<>();
    for (int hop = 0; hop < valueSizes.length; hop++) {
      names.add(topic(hop));
    }
    Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
    List<String> stale = new ArrayList<>();
    for (var d : admin.describeTopics(names.stream().filter(existing::contains).toList()).allTopicNames()
        .get(10, TimeUnit.SECONDS).values()) {
      if (d.partitions().size() != partitions) {
        stale.add(d.name());
      }
    }
    if (!stale.isEmpty()) {
      admin.deleteTopics(stale).all().get(30, TimeUnit.SECONDS);
      while (admin.listTopics().names().get(10, TimeUnit.SECONDS).stream().anyMatch(stale::contains)) {
        Thread.sleep(200); // topic deletion finishes asynchronously in the broker
      }
      existing.removeAll(stale);
    }
    List<NewTopic> create = names.stream().filter(n -> !existing.contains(n))
        .map(n -> new NewTopic(n, partitions, (short) 1)).toList();
    if (!create.isEmpty()) {
      admin.createTopics(create).all().get(30, TimeUnit.SECONDS);
    }
  }

  /** Sends {@code count} records at {@code rate} a second (0: as fast as it goes) through every hop. */
  Result run(int count, double rate, Duration drain) throws Exception {
    List<Stage> stages = new ArrayList<>();
    for (int hop = 1; hop < valueSizes.length; hop++) {
      stages.add(new Stage(hop));
    }
    Sink sink = new Sink(valueSizes.length - 1, count);
    try (KafkaProducer<String, byte[]> source = producer("bench-baseline-source")) {
      stages.forEach(Stage::start);
      sink.start();
      Semaphore inFlight = new Semaphore(100_000);
      AtomicLong first = new AtomicLong();
      AtomicInteger seq = new AtomicInteger();
      OpenLoop.run(count, rate, inFlight, intended -> {
        first.compareAndSet(0, intended);
        int n = seq.getAndIncrement();
        source.send(new ProducerRecord<>(topic(0), UUID.randomUUID().toString(), payload(valueSizes[0], intended, n)),
            (metadata, e) -> inFlight.release());
      });
      source.flush();
      sink.awaitAll(drain);
      double seconds = Math.max(1e-9, (sink.last.get() - first.get()) / 1e9);
      synchronized (sink.latency) {
        return new Result(count, sink.received.get(), seconds, sink.received.get() / seconds, Latency.of(sink.latency));
      }
    } finally {
      for (Stage stage : stages) {
        stage.stop();
      }
      sink.stop();
    }
  }

  private static byte[] payload(int size, long intended, int seq) {
    ByteBuffer buffer = ByteBuffer.allocate(Math.max(16, size));
    buffer.putLong(intended).putLong(seq);
    return buffer.array();
  }

  private KafkaProducer<String, byte[]> producer(String clientId) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return new KafkaProducer<>(props);
  }

  private KafkaConsumer<String, byte[]> consumerAtEnd(int hop, String group) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props);
    List<TopicPartition> tps = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      tps.add(new TopicPartition(topic(hop), p));
    }
    consumer.assign(tps);
    consumer.seekToEnd(tps);
    tps.forEach(consumer::position); // resolved before the source starts
    return consumer;
  }

  /** A consumer on a thread of its own, polling until stopped; a stage or the sink says what a batch is for. */
  private abstract static class PollingThread implements Runnable {
    final KafkaConsumer<String, byte[]> in;
    private final Thread thread;
    private volatile boolean stopping;

    PollingThread(KafkaConsumer<String, byte[]> in, String name) {
      this.in = in;
      this.thread = new Thread(this, name);
      thread.setDaemon(true);
    }

    abstract void handle(ConsumerRecords<String, byte[]> records);

    void closing() {}

    void start() {
      thread.start();
    }

    @Override
    public void run() {
      try {
        while (!stopping) {
          handle(in.poll(Duration.ofMillis(100)));
        }
      } catch (WakeupException e) {
        // stopping
      } finally {
        closing();
        in.close();
      }
    }

    void stop() throws InterruptedException {
      stopping = true;
      in.wakeup();
      thread.join(10_000);
    }
  }

  /** Consumes topic hop-1, writes topic hop with that hop's value size, commits after a flush. */
  private final class Stage extends PollingThread {
    private final int hop;
    private final KafkaProducer<String, byte[]> out;

    Stage(int hop) {
      super(consumerAtEnd(hop - 1, "bench-baseline-stage-" + hop), "baseline-stage-" + hop);
      this.hop = hop;
      this.out = producer("bench-baseline-stage-" + hop);
    }

    @Override
    void handle(ConsumerRecords<String, byte[]> records) {
      if (records.isEmpty()) {
        return;
      }
      for (ConsumerRecord<String, byte[]> r : records) {
        ByteBuffer value = ByteBuffer.wrap(r.value());
        out.send(new ProducerRecord<>(topic(hop), r.key(), payload(valueSizes[hop], value.getLong(), (int) value.getLong())));
      }
      out.flush();
      in.commitSync();
    }

    @Override
    void closing() {
      out.close(Duration.ofSeconds(5));
    }
  }

  /** Reads the last topic and records each record's latency from its intended send. */
  private final class Sink extends PollingThread {
    private final int expected;
    private final Histogram latency = Latency.histogram();
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicLong last = new AtomicLong();

    Sink(int hop, int expected) {
      super(consumerAtEnd(hop, "bench-baseline-sink"), "baseline-sink");
      this.expected = expected;
    }

    @Override
    void handle(ConsumerRecords<String, byte[]> records) {
      for (ConsumerRecord<String, byte[]> r : records) {
        long now = System.nanoTime();
        synchronized (latency) {
          latency.recordValue(Math.max(1, (now - ByteBuffer.wrap(r.value()).getLong()) / 1000));
        }
        last.set(now);
        received.incrementAndGet();
      }
    }

    void awaitAll(Duration drain) throws InterruptedException {
      int seen = -1;
      long lastProgress = System.nanoTime();
      while (received.get() < expected && System.nanoTime() - lastProgress < drain.toNanos()) {
        if (received.get() != seen) {
          seen = received.get();
          lastProgress = System.nanoTime();
        }
        Thread.sleep(20);
      }
    }
  }

  /** Average value sizes of the last records of each topic (the pipeline's real events). */
  static int[] averageValueSizes(String bootstrap, List<String> topics, int[] fallback) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    int[] sizes = fallback.clone();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      for (int i = 0; i < topics.size(); i++) {
        List<TopicPartition> tps = consumer.partitionsFor(topics.get(i)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(tps);
        Map<TopicPartition, Long> ends = consumer.endOffsets(tps);
        Map<TopicPartition, Long> begins = consumer.beginningOffsets(tps);
        for (TopicPartition tp : tps) {
          consumer.seek(tp, Math.max(begins.get(tp), ends.get(tp) - 50));
        }
        long total = 0;
        int n = 0;
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long available = tps.stream().mapToLong(tp -> Math.min(50, ends.get(tp) - begins.get(tp))).sum();
        while (n < available && System.nanoTime() < giveUp) {
          for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            total += r.serializedValueSize();
            n++;
          }
        }
        if (n > 0) {
          sizes[i] = (int) (total / n);
        }
      }
    }
    return sizes;
  }
}
