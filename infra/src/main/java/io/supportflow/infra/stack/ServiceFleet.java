package io.supportflow.infra.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The five services, each in a JVM of its own, started together and stopped together. */
public final class ServiceFleet implements AutoCloseable {

  private static final Duration READY_DEADLINE = Duration.ofSeconds(120);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final Path repoRoot;
  private final Path logs;
  private final Map<String, String> environment;
  private final List<PlatformService> services;
  private final List<ChildJvm> running = new ArrayList<>();

  /** @param services which services, on which ports (the local stack's, or free ones in tests) */
  public ServiceFleet(
      Path repoRoot, Path logs, Map<String, String> environment, List<PlatformService> services) {
    this.repoRoot = repoRoot;
    this.logs = logs;
    this.environment = environment;
    this.services = List.copyOf(services);
  }

  /** Fails before anything starts if a service has not been built. */
  public static void requireJars(Path repoRoot) {
    for (PlatformService service : PlatformService.ALL) {
      Path jar = service.jar(repoRoot);
      if (!Files.isRegularFile(jar)) {
        throw new StackStartupException(
            "No " + repoRoot.relativize(jar) + ": build first: ./mvnw -DskipTests package");
      }
    }
  }

  /**
   * Starts all services at once (they boot faster side by side than one after another), then waits
   * for each to report ready; a service that is not ready within two minutes fails the start.
   */
  public void startAll(Consumer<ChildJvm> onStarted) {
    Instant giveUp = Instant.now().plus(READY_DEADLINE);
    for (PlatformService service : services) {
      ChildJvm child = ChildJvm.start(service.name(), command(service), repoRoot, env(service), logs.resolve(service.name() + ".log"));
      synchronized (running) {
        running.add(child);
      }
      onStarted.accept(child);
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    for (int i = 0; i < services.size(); i++) {
      PlatformService service = services.get(i);
      HttpRequest readiness =
          HttpRequest.newBuilder(URI.create(service.readinessUrl())).timeout(Duration.ofSeconds(5)).GET().build();
      Duration left = Duration.between(Instant.now(), giveUp);
      running.get(i).awaitReady(left.isNegative() ? Duration.ZERO : left, () -> HttpReadiness.answersOk(http, readiness));
    }
  }

  /** Asks every service to stop at once, then waits for each (and kills the slow ones). */
  @Override
  public void close() {
    List<ChildJvm> children;
    synchronized (running) {
      children = List.copyOf(running);
    }
    children.forEach(child -> child.process().destroy());
    children.forEach(child -> child.stop(STOP_GRACE));
  }

  private List<String> command(PlatformService service) {
    List<String> command =
        ChildJvm.javaCommand(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.add("-jar");
    command.add(service.jar(repoRoot).toString());
    return command;
  }

  private Map<String, String> env(PlatformService service) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put("SERVER_PORT", String.valueOf(service.port()));
    env.put("MANAGEMENT_PORT", String.valueOf(service.managementPort()));
    return env;
  }
}
