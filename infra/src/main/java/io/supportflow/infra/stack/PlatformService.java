package io.supportflow.infra.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One instance of one of the six SupportFlow services, the port it serves on and its management port
 * (health details and Prometheus metrics, never public). Instance 1 is the service itself; further
 * instances (the local stack's {@code --instances N}) serve 100 ports higher each.
 */
public record PlatformService(String name, int port, int managementPort, int instance) {

  /**
   * The services whose further instances share the work: they only consume Kafka. intake and the
   * console take HTTP on the ports people use (a second instance would need a load balancer in
   * front, as Kubernetes has), so the local stack runs one of each.
   */
  public static final List<String> SCALED_BY_PARTITIONS =
      List.of("contracts-service", "sla-service", "escalation-service", "notification-service");

  /** Two on two cores already share them thinly; more would only measure the machine. */
  public static final int MOST_INSTANCES = 4;

  public PlatformService(String name, int port, int managementPort) {
    this(name, port, managementPort, 1);
  }

  public static final String VERSION = "0.1.0-SNAPSHOT";

  /** The six services on the ports of the local stack. */
  public static final List<PlatformService> ALL =
      List.of(
          new PlatformService("intake-service", 8080, 9080),
          new PlatformService("contracts-service", 8082, 9082),
          new PlatformService("sla-service", 8083, 9083),
          new PlatformService("escalation-service", 8084, 9084),
          new PlatformService("notification-service", 8085, 9085),
          new PlatformService("console-service", 8086, 9086));

  /** The runnable jar the build makes: {@code <svc>/target/<svc>-<version>-exec.jar}. */
  public Path jar(Path repoRoot) {
    return repoRoot.resolve(name).resolve("target").resolve(name + "-" + VERSION + "-exec.jar");
  }

  public PlatformService withPorts(int otherPort, int otherManagementPort) {
    return new PlatformService(name, otherPort, otherManagementPort, instance);
  }

  /**
   * What the instance is called in logs, reports and its consumer groups' static membership: the
   * service's name, with {@code -2}, {@code -3} ... for further instances.
   */
  public String instanceName() {
    return instance == 1 ? name : name + "-" + instance;
  }

  /**
   * The services with {@code count} instances of each that {@link #SCALED_BY_PARTITIONS} names
   * (ports 100 apart), the others once; instances of one service side by side.
   */
  public static List<PlatformService> withInstances(List<PlatformService> services, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one instance, not " + count);
    }
    List<PlatformService> all = new ArrayList<>();
    for (PlatformService service : services) {
      int instances = SCALED_BY_PARTITIONS.contains(service.name()) ? count : 1;
      for (int i = 1; i <= instances; i++) {
        int offset = 100 * (i - 1);
        all.add(new PlatformService(service.name(), service.port() + offset, service.managementPort() + offset, i));
      }
    }
    return List.copyOf(all);
  }

  /** Readiness as the kubelet sees it, on the service port. */
  public String readinessUrl() {
    return "http://localhost:" + port + "/readyz";
  }

  /** Where Prometheus scrapes the service. */
  public String metricsUrl() {
    return "http://localhost:" + managementPort + "/actuator/prometheus";
  }
}
