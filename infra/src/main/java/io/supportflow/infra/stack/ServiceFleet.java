package io.supportflow.infra.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The five services, each in a JVM of its own, started together and stopped together. */
public final class ServiceFleet implements AutoCloseable {

  private static final Duration READY_DEADLINE = Duration.ofSeconds(120);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final Path repoRoot;
  private final Path logs;
  private final Map<String, String> environment;
  private final List<PlatformService> services;
  private final List<ChildJvm> running = new ArrayList<>();
  private final List<SupervisedChild> supervised = new ArrayList<>();

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
      ChildJvm child = start(service);
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
      running.get(i).awaitReady(left.isNegative() ? Duration.ZERO : left, () -> isReady(http, readiness));
    }
  }

  /**
   * From now on, a service that exits is reported and started again after a backoff pause (each
   * with a backoff of its own), as Kubernetes restarts a container; {@link #close()} stops that
   * first.
   */
  public void superviseAll(Supplier<RestartBackoff> backoff, Consumer<String> report, Clock clock) {
    synchronized (running) {
      for (int i = 0; i < services.size(); i++) {
        PlatformService service = services.get(i);
        supervised.add(SupervisedChild.watch(running.get(i), () -> start(service), backoff.get(), report, clock));
      }
    }
  }

  /** The services running now (restarted ones included), in start order. */
  public List<ChildJvm> children() {
    synchronized (running) {
      return supervised.isEmpty() ? List.copyOf(running) : supervised.stream().map(SupervisedChild::current).toList();
    }
  }

  /** Asks every service to stop at once, then waits for each (and kills the slow ones). */
  @Override
  public void close() {
    List<ChildJvm> children;
    synchronized (running) {
      supervised.forEach(SupervisedChild::stopRestartingAndSignal);
      children = children();
    }
    children.forEach(child -> child.process().destroy());
    children.forEach(child -> child.stop(STOP_GRACE));
  }

  private ChildJvm start(PlatformService service) {
    return ChildJvm.start(service.name(), command(service), repoRoot, env(service), logs.resolve(service.name() + ".log"));
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
    // Static membership: a restarted service rejoins its groups as the same member and takes its
    // partitions back at once, without a rebalance (docs/reliability.md).
    env.put("INSTANCE_ID", service.name());
    return env;
  }

  private static boolean isReady(HttpClient http, HttpRequest readiness) {
    try {
      return http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
