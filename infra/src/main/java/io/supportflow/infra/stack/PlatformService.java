package io.supportflow.infra.stack;

import java.nio.file.Path;
import java.util.List;

/** One of the five SupportFlow services and the port it serves on. */
public record PlatformService(String name, int port) {

  public static final String VERSION = "0.1.0-SNAPSHOT";

  /** The five services on the ports of the local stack. */
  public static final List<PlatformService> ALL =
      List.of(
          new PlatformService("intake-service", 8080),
          new PlatformService("contracts-service", 8082),
          new PlatformService("sla-service", 8083),
          new PlatformService("escalation-service", 8084),
          new PlatformService("notification-service", 8085));

  /** The runnable jar the build makes: {@code <svc>/target/<svc>-<version>-exec.jar}. */
  public Path jar(Path repoRoot) {
    return repoRoot.resolve(name).resolve("target").resolve(name + "-" + VERSION + "-exec.jar");
  }

  public PlatformService withPort(int otherPort) {
    return new PlatformService(name, otherPort);
  }

  public String readinessUrl() {
    return "http://localhost:" + port + "/actuator/health/readiness";
  }
}
