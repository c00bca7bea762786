package io.supportflow.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creating topics of the platform, for the test and local stacks and for the platform's setup job alike. */
public final class TopicCreation {

  private TopicCreation() {}

  /**
   * The platform topic {@code name} as it is to be created: with its settings from
   * {@link Topics#configsOf(String)} (compaction for the tenants.* topics).
   */
  public static NewTopic newTopic(String name, Optional<Integer> partitions, Optional<Short> replicationFactor) {
    return new NewTopic(name, partitions, replicationFactor).configs(Topics.configsOf(name));
  }

  /**
   * Creates the topics and returns the names of those this call created. One that a concurrent
   * run created meanwhile is no failure: it exists, and that run used the same settings.
   */
  public static List<String> create(Admin admin, List<NewTopic> topics) throws ExecutionException, InterruptedException {
    List<String> created = new ArrayList<>();
    for (var result : admin.createTopics(topics).values().entrySet()) {
      try {
        result.getValue().get();
        created.add(result.getKey());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
    return List.copyOf(created);
  }
}
