package io.supportflow.observability.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The broker is healthy when the cluster answers {@code describeCluster} within a short timeout.
 * The binder's own indicator reads the producer's cached metadata and stays UP for a long while
 * after the broker has gone; this one asks the cluster itself. The answer is kept for a few seconds,
 * so readiness probes of several kinds (kubelet, load balancer, an operator) do not each ask the
 * broker. One admin client is kept for the life of the service.
 */
public class KafkaBrokerHealthIndicator implements HealthIndicator, DisposableBean {

  private final Map<String, Object> clientSettings;
  private final Duration timeout;
  private final Duration cacheFor;
  private final Clock clock;
  private Admin admin;
  private Health last;
  private Instant askedAt = Instant.MIN;

  /**
   * @param clientSettings the Kafka client settings (bootstrap servers, security) of the binder
   * @param timeout how long the cluster may take to answer before the broker counts as down
   * @param cacheFor how long an answer is reused
   */
  public KafkaBrokerHealthIndicator(Map<String, Object> clientSettings, Duration timeout, Duration cacheFor, Clock clock) {
    this.clientSettings = Map.copyOf(clientSettings);
    this.timeout = timeout;
    this.cacheFor = cacheFor;
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (last == null || !now.isBefore(askedAt.plus(cacheFor))) {
      last = ask();
      askedAt = clock.instant();
    }
    return last;
  }

  private Health ask() {
    try {
      DescribeClusterResult cluster = admin().describeCluster(
          new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
      int nodes = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
      String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return Health.up().withDetail("clusterId", String.valueOf(clusterId)).withDetail("nodes", nodes).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.down(e).build();
    } catch (Exception e) {
      return Health.down()
          .withDetail("bootstrapServers", String.valueOf(clientSettings.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)))
          .withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage())
          .build();
    }
  }

  private Admin admin() {
    if (admin == null) {
      Map<String, Object> settings = new HashMap<>(clientSettings);
      int millis = (int) timeout.toMillis();
      settings.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
      settings.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
      settings.putIfAbsent(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
      settings.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "health-" + Integer.toHexString(hashCode()));
      admin = Admin.create(settings);
    }
    return admin;
  }

  @Override
  public synchronized void destroy() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(1));
      admin = null;
    }
  }
}
