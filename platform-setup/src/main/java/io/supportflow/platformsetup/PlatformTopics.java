package io.supportflow.platformsetup;

import io.supportflow.schemas.TopicCreation;
import io.supportflow.schemas.Topics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * The platform's topics (the event topics of {@link Topics} and the dead-letter topics), all with
 * one partition count: a case's events sit on the same partition number everywhere, and a
 * dead-lettered record keeps its partition number. The tenants.* topics are created compacted.
 */
final class PlatformTopics {

  private PlatformTopics() {}

  static List<String> names() {
    return Topics.allTopicNames();
  }

  /**
   * Creates the missing topics and returns their names. An existing topic with another partition
   * count is refused: adding partitions moves keys, and the services' co-partitioning with it.
   */
  static List<String> ensure(Admin admin, int partitions, Optional<Short> replicationFactor)
      throws InterruptedException {
    try {
      Set<String> existing = admin.listTopics().names().get();
      Map<String, Integer> mismatched = new TreeMap<>();
      List<String> present = names().stream().filter(existing::contains).toList();
      for (TopicDescription topic : admin.describeTopics(present).allTopicNames().get().values()) {
        if (topic.partitions().size() != partitions) {
          mismatched.put(topic.name(), topic.partitions().size());
        }
      }
      if (!mismatched.isEmpty()) {
        throw new SetupException(
            "topics exist with another partition count than TOPIC_PARTITIONS="
                + partitions + ": " + mismatched
                + ". Keep the partition count the topics were created with (see docs/operations.md).");
      }
      List<NewTopic> missing =
          names().stream()
              .filter(name -> !existing.contains(name))
              .map(name -> TopicCreation.newTopic(name, Optional.of(partitions), replicationFactor))
              .toList();
      return TopicCreation.create(admin, missing);
    } catch (ExecutionException e) {
      throw new SetupException("cannot create the topics: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
