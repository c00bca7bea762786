package io.supportflow.observability.membership;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.cloud.stream.binder.kafka.support.ConsumerConfigCustomizer;

/**
 * Makes every consumer of a service a static member of its group, named after the instance
 * ({@code INSTANCE_ID}: the pod's name in Kubernetes, the service's name in the local stack). A
 * restarted instance then rejoins as the same member and gets its partitions back at once, with no
 * rebalance of the others; a dead one is noticed after the short session timeout, not 45 s.
 *
 * <p>Each binding gets its own id ({@code <instance>-<binding>}: ids must be unique per group, and
 * Spring Kafka adds {@code -<n>} per consumer thread when a binding has a concurrency above one).
 * Without an instance id (tests, a developer's run) consumers stay dynamic members. The assignor
 * stays the range one, because co-partitioning needs it (see the services' application.yml).
 */
public final class StaticMembership implements ConsumerConfigCustomizer {

  /** Short, so a dead member's partitions move within seconds; above the broker's 6 s minimum. */
  public static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

  private static final Duration HEARTBEAT = Duration.ofSeconds(3);

  private final String instanceId;

  public StaticMembership(String instanceId) {
    this.instanceId = instanceId == null ? "" : instanceId.strip();
  }

  @Override
  public void configure(Map<String, Object> consumerProperties, String bindingName, String destination) {
    consumerProperties.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) SESSION_TIMEOUT.toMillis());
    consumerProperties.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) HEARTBEAT.toMillis());
    if (!instanceId.isEmpty()) {
      consumerProperties.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId + "-" + bindingName);
    }
  }
}
