package io.supportflow.timers.kafka;

import io.supportflow.timers.TimerScheduler;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

/**
 * Hands the scheduler the partitions Kafka assigns to this instance, so timers follow their
 * cases through rebalances and restarts. Declare one as a bean in a service that uses timers.
 */
public record TimersFollowPartitions(TimerScheduler scheduler) implements KafkaBindingRebalanceListener {

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
