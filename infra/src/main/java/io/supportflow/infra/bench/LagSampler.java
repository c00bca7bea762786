package io.supportflow.infra.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Every second, the consumer lag of each service's group (committed offset to end, summed over its
 * partitions), through the AdminClient. Keeps the largest seen since the last {@link #reset}.
 */
final class LagSampler implements AutoCloseable {

  private final Admin admin;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "lag-sampler");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Long> max = new TreeMap<>();
  private final Map<String, Long> last = new TreeMap<>();
  private long samples;

  LagSampler(Admin admin) {
    this.admin = admin;
    timer.scheduleWithFixedDelay(this::sample, 0, 1, TimeUnit.SECONDS);
  }

  synchronized void reset() {
    max.clear();
  }

  /** The largest lag of each service group since the last reset. */
  synchronized Map<String, Long> max() {
    return new TreeMap<>(max);
  }

  synchronized Map<String, Long> last() {
    return new TreeMap<>(last);
  }

  /**
   * Waits until every service group's lag has been sampled at 0 since this call, or the deadline;
   * returns how long that took, or empty when the deadline came first.
   */
  Optional<Duration> awaitIdle(Duration deadline) throws InterruptedException {
    long start = System.nanoTime();
    long sampledAfter = samples();
    while (System.nanoTime() - start < deadline.toNanos()) {
      synchronized (this) {
        if (samples > sampledAfter && !last.isEmpty() && last.values().stream().allMatch(lag -> lag == 0)) {
          return Optional.of(Duration.ofNanos(System.nanoTime() - start));
        }
        wait(200);
      }
    }
    return Optional.empty();
  }

  private synchronized long samples() {
    return samples;
  }

  private void sample() {
    try {
      Map<String, Long> lags = new HashMap<>();
      for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
        if (!group.groupId().endsWith("-service")) {
          continue; // the services' groups are their application names
        }
        Map<TopicPartition, OffsetAndMetadata> committed =
            admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                committed.keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
            .all().get(5, TimeUnit.SECONDS);
        long lag = 0;
        for (var entry : committed.entrySet()) {
          if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
            lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
          }
        }
        lags.put(group.groupId(), lag);
      }
      synchronized (this) {
        last.clear();
        last.putAll(lags);
        lags.forEach((g, lag) -> max.merge(g, lag, Math::max));
        samples++;
        notifyAll();
      }
    } catch (Exception e) {
      // a missed sample; the next one comes in a second
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
