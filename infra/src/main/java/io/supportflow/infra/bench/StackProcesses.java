package io.supportflow.infra.bench;

import io.supportflow.infra.stack.ChildJvm;
import io.supportflow.infra.stack.JvmProfile;
import io.supportflow.infra.stack.MailServer;
import io.supportflow.infra.stack.MongoWireServer;
import io.supportflow.infra.stack.PlatformService;
import io.supportflow.infra.stack.ServiceFleet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The processes of a running local stack, found by their command lines (the chaos tool runs beside
 * the stack, not inside it): each service by its jar's name (it may run from the startup cache's
 * copy), the broker by Kafka's main class and its data folder, the registry by Apicurio's runner
 * and its port, the MongoDB wire server and the mail server by their main classes and ports.
 */
public final class StackProcesses implements Fault.Victims {

  private final Path repoRoot;
  private final Path kafkaData;
  private final int registryPort;
  private final int mongoPort;
  private final int smtpPort;

  /** @param kafkaData the broker's data folder (tells the stack's broker from a test's) */
  public StackProcesses(Path repoRoot, Path kafkaData, int registryPort, int mongoPort, int smtpPort) {
    this.repoRoot = repoRoot;
    this.kafkaData = kafkaData;
    this.registryPort = registryPort;
    this.mongoPort = mongoPort;
    this.smtpPort = smtpPort;
  }

  /**
   * The service instances that run now, each by its instance name ({@code sla-service},
   * {@code sla-service-2} ...), read from its command line; a service started without one by its
   * service's name.
   */
  @Override
  public List<Named> services() {
    return PlatformService.ALL.stream()
        .flatMap(service -> findAll(service.jar(repoRoot).getFileName().toString())
            .map(p -> new Named(instanceName(p, service.name()), p)))
        .toList();
  }

  /**
   * How the running service JVMs are tuned, as the stack started them ({@link JvmProfile}): one line
   * for the benchmark's figures, e.g. "6 service JVMs, throughput profile"; a JVM started otherwise
   * (from an IDE) is counted as "other flags".
   */
  public String jvmProfiles() {
    List<String> commandLines = services().stream().flatMap(n -> commandLine(n.process()).stream()).toList();
    Map<String, Long> byProfile = commandLines.stream().collect(Collectors.groupingBy(
        StackProcesses::profileOf, TreeMap::new, Collectors.counting()));
    return commandLines.size() + " service JVMs: " + byProfile.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
  }

  static String profileOf(String commandLine) {
    List<String> words = List.of(commandLine.split(" "));
    return Stream.of(JvmProfile.values())
        .filter(profile -> words.containsAll(profile.options())
            && words.stream().filter(w -> w.startsWith("-X")).allMatch(w -> profile.options().contains(w)
                || w.startsWith("-XX:AOTCache") || w.equals(ChildJvm.EXIT_ON_OUT_OF_MEMORY)))
        .map(profile -> profile.label() + " profile (" + String.join(" ", profile.options()) + ")")
        .findFirst().orElse("other flags");
  }

  private static String instanceName(ProcessHandle process, String serviceName) {
    return commandLine(process).flatMap(c -> Stream.of(c.split(" "))
            .filter(word -> word.startsWith(ServiceFleet.INSTANCE_PROPERTY))
            .map(word -> word.substring(ServiceFleet.INSTANCE_PROPERTY.length()))
            .findFirst())
        .orElse(serviceName);
  }

  @Override
  public Optional<ProcessHandle> server(Fault.Server which) {
    return switch (which) {
      case BROKER -> find("kafka.Kafka", kafkaData.toAbsolutePath().toString());
      case REGISTRY -> find("quarkus-run.jar", "-Dquarkus.http.port=" + registryPort);
      case MONGO -> find(MongoWireServer.class.getName(), " " + mongoPort);
      case MAIL -> find(MailServer.class.getName(), " " + smtpPort + " ");
    };
  }

  /** A process with the name chaos reports it by. */
  public record Named(String name, ProcessHandle process) {}

  private static Optional<ProcessHandle> find(String... inCommandLine) {
    return findAll(inCommandLine).findFirst();
  }

  private static Stream<ProcessHandle> findAll(String... inCommandLine) {
    long self = ProcessHandle.current().pid();
    return ProcessHandle.allProcesses()
        .filter(p -> p.pid() != self)
        .filter(p -> commandLine(p).map(c -> List.of(inCommandLine).stream().allMatch(c::contains)).orElse(false));
  }

  /**
   * The whole command line: the JDK cuts it at 4096 characters on Linux, before the main class of
   * a child that runs on the stack's long class path, so it is read from /proc where there is one.
   */
  private static Optional<String> commandLine(ProcessHandle process) {
    Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
    try {
      if (Files.isReadable(proc)) {
        return Optional.of(Files.readString(proc).replace('\0', ' '));
      }
    } catch (IOException | UncheckedIOException e) {
      // gone meanwhile, or not ours to read
      return Optional.empty();
    }
    return process.info().commandLine();
  }
}
