package io.supportflow.infra.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the six SupportFlow services, the port it serves on and its management port (health
 * details and Prometheus metrics, never public).
 */
public record PlatformService(String name, int port, int managementPort) {

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
    return new PlatformService(name, otherPort, otherManagementPort);
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
