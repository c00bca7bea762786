package io.supportflow.infra.stack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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

/** The six services, each in a JVM of its own, started together and stopped together. */
public final class ServiceFleet implements AutoCloseable {

  // Six JVMs booting side by side on two cores take their time: a deadline, not a wait.
  private static final Duration READY_DEADLINE = Duration.ofSeconds(180);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  /** The system property on each service's command line that names its instance. */
  public static final String INSTANCE_PROPERTY = "-Dsupportflow.instance=";

  private final Path repoRoot;
  private final Path logs;
  private final Map<String, String> environment;
  private final List<PlatformService> services;
  private final JvmProfile profile;
  private final List<ChildJvm> running = new ArrayList<>();
  private final List<SupervisedChild> supervised = new ArrayList<>();
  private StartupCache startupCache;

  /** @param services which services, on which ports (the local stack's, or free ones in tests) */
  public ServiceFleet(
      Path repoRoot, Path logs, Map<String, String> environment, List<PlatformService> services) {
    this(repoRoot, logs, environment, services, JvmProfile.STARTUP);
  }

  /** @param profile how each service JVM is tuned (the same for the cache's training and every start) */
  public ServiceFleet(Path repoRoot, Path logs, Map<String, String> environment, List<PlatformService> services,
      JvmProfile profile) {
    this.repoRoot = repoRoot;
    this.logs = logs;
    this.environment = environment;
    this.services = List.copyOf(services);
    this.profile = profile;
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
   * Boots the services from a {@link StartupCache} kept in {@code cache}, training it first where a
   * jar has none (all at once, about a minute on two cores; only after a build). Needs Kafka and
   * Mongo up. Returns the services that still run from their plain jars (training failed).
   */
  public List<String> useStartupCache(StartupCache cache) {
    Map<PlatformService, ChildJvm> trainings = new LinkedHashMap<>();
    for (PlatformService service : services) {
      // One cache per jar: further instances boot from the first one's.
      if (service.instance() == 1 && !cache.isTrained(service.name(), service.jar(repoRoot))) {
        Map<String, String> env = env(service);
        env.put("SERVER_PORT", "0");
        env.put("MANAGEMENT_PORT", "0");
        env.remove("INSTANCE_ID"); // the training joins no consumer group, but never as the real member
        trainings.put(service, cache.train(service.name(), service.jar(repoRoot), profile.options(), env,
            logs.resolve(service.name() + "-startup-training.log")));
      }
    }
    List<String> untrained = new ArrayList<>();
    trainings.forEach((service, training) -> {
      if (!StartupCache.finished(training)) {
        untrained.add(service.name());
      }
    });
    startupCache = cache;
    return untrained;
  }

  /**
   * Starts all services at once (they boot faster side by side than one after another), then waits
   * for each to report ready; a service that is not ready within three minutes fails the start.
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
      running.get(i).awaitReady(left.isNegative() ? Duration.ZERO : left, () -> HttpReadiness.answersOk(http, readiness));
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
    return ChildJvm.start(service.instanceName(), command(service), repoRoot, env(service),
        logs.resolve(service.instanceName() + ".log"));
  }

  private List<String> command(PlatformService service) {
    List<String> command = ChildJvm.javaCommand(profile.options());
    // Names the instance on its command line, where bin/chaos finds (and kills) it.
    command.add(INSTANCE_PROPERTY + service.instanceName());
    Path jar = service.jar(repoRoot);
    if (startupCache != null && startupCache.isTrained(service.name(), jar)) {
      command.addAll(startupCache.runFromCache(service.name(), jar));
    } else {
      command.add("-jar");
      command.add(jar.toString());
    }
    return command;
  }

  private Map<String, String> env(PlatformService service) {
    Map<String, String> env = new LinkedHashMap<>(environment);
    env.put("SERVER_PORT", String.valueOf(service.port()));
    env.put("MANAGEMENT_PORT", String.valueOf(service.managementPort()));
    // Static membership: a restarted service rejoins its groups as the same member and takes its
    // partitions back at once, without a rebalance (docs/reliability.md).
    env.put("INSTANCE_ID", service.instanceName());
    return env;
  }
}
