package io.supportflow.infra.stack;

import io.supportflow.schemas.TopicCreation;
import io.supportflow.schemas.Topics;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Creates the platform's topics. All have the same partition count, so every event of a case is on
 * the same partition number on every topic (the topics are keyed by case id).
 */
public final class TopicSetup {

  public static final int DEFAULT_PARTITIONS = 6;

  /**
   * @param created topics this call created
   * @param otherPartitionCounts existing topics whose partition count is not the one asked for
   */
  public record Result(List<String> created, Map<String, Integer> otherPartitionCounts) {}

  private TopicSetup() {}

  /** The event topics of {@link Topics} and the dead-letter topics. */
  public static List<String> topicNames() {
    return Topics.allTopicNames();
  }

  /** Creates the missing topics with {@code partitions} partitions; existing topics are left as they are. */
  public static Result ensureTopics(String bootstrapServers, int partitions) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
      return ensureTopics(admin, partitions);
    }
  }

  public static Result ensureTopics(Admin admin, int partitions) {
    try {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing =
          topicNames().stream()
              .filter(name -> !existing.contains(name))
              .map(name -> TopicCreation.newTopic(name, Optional.of(partitions), Optional.of((short) 1)))
              .toList();
      List<String> created = TopicCreation.create(admin, missing);
      Map<String, Integer> other = new TreeMap<>();
      for (TopicDescription topic : describeWhenKnown(admin)) {
        if (topic.partitions().size() != partitions) {
          other.put(topic.name(), topic.partitions().size());
        }
      }
      return new Result(created, other);
    } catch (ExecutionException e) {
      throw new StackStartupException("Cannot create the topics: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackStartupException("Interrupted while creating the topics", e);
    }
  }

  /**
   * Topics just created reach the broker's metadata a moment later; until then describing them
   * fails with "unknown topic". Asked again until they are known, for at most 30 seconds.
   */
  private static Collection<TopicDescription> describeWhenKnown(Admin admin)
      throws ExecutionException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        return admin.describeTopics(topicNames()).allTopicNames().get().values();
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
            || System.nanoTime() > deadline) {
          throw e;
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
    }
  }
}
