package io.supportflow.sla.adapter.messaging;

import io.supportflow.sla.application.ClockTimers;
import io.supportflow.sla.application.TrackedCase;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

/**
 * Case timers in the durable scheduler, on the case's partition. As the rebalance listener it
 * hands the scheduler the partitions Kafka assigns, so timers follow their cases.
 */
public final class DurableClockTimers implements ClockTimers, KafkaBindingRebalanceListener {

  static final String KIND = "SLA";

  private final TimerScheduler scheduler;

  public DurableClockTimers(TimerScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void wakeAt(TrackedCase trackedCase, Instant at) {
    scheduler.schedule(new Timer(trackedCase.tenantId(), trackedCase.caseId(), KIND, at, trackedCase.partition()));
  }

  @Override
  public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer,
      Collection<TopicPartition> partitions, boolean initial) {
    scheduler.assign(numbers(partitions));
  }

  @Override
  public void onPartitionsRevokedBeforeCommit(String bindingName, Consumer<?, ?> consumer,
      Collection<TopicPartition> partitions) {
    scheduler.revoke(numbers(partitions));
  }

  private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
    return partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
  }
}
