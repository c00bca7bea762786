package io.supportflow.infra.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * The promise the replaying services are built on: every member of their consumer group holds the
 * same partition numbers of each input topic, so all events of a case (keyed by case id, on topics
 * with equal partition counts) reach the one member that owns the case and its timers.
 */
public final class CoPartitioning {

  private static final Duration POLL = Duration.ofMillis(250);

  private CoPartitioning() {}

  /**
   * Waits until the group's members hold the topics' partitions co-assigned (a rebalance may still
   * be settling) and fails with what is not, once the deadline has passed.
   */
  public static void awaitCoAssigned(String bootstrapServers, String group, List<String> topics, int partitions,
      Duration timeout) throws InterruptedException, ExecutionException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Optional<String> wrong = whatIsNotCoAssigned(bootstrapServers, group, topics, partitions);
    while (wrong.isPresent()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not co-assigned after " + timeout + ": " + wrong.get());
      }
      LockSupport.parkNanos(POLL.toNanos());
      wrong = whatIsNotCoAssigned(bootstrapServers, group, topics, partitions);
    }
  }

  /**
   * Empty when the group's members together hold every partition of the topics and each holds the
   * same numbers on every topic; otherwise what is wrong, for an assertion message. Tests poll it
   * until a rebalance has settled.
   */
  public static Optional<String> whatIsNotCoAssigned(String bootstrapServers, String group, List<String> topics,
      int partitions) throws InterruptedException, ExecutionException {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
      List<String> problems = new ArrayList<>();
      Set<TopicPartition> assigned = new HashSet<>();
      for (MemberDescription member : description.members()) {
        Map<String, Set<Integer>> numbers = new TreeMap<>();
        for (TopicPartition tp : member.assignment().topicPartitions()) {
          numbers.computeIfAbsent(tp.topic(), t -> new TreeSet<>()).add(tp.partition());
          assigned.add(tp);
        }
        if (!numbers.keySet().equals(new TreeSet<>(topics)) || Set.copyOf(numbers.values()).size() != 1) {
          problems.add("member " + member.consumerId() + " holds " + numbers);
        }
      }
      if (assigned.size() != topics.size() * partitions) {
        problems.add(assigned.size() + " of " + topics.size() * partitions + " partitions assigned");
      }
      return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
    }
  }
}
