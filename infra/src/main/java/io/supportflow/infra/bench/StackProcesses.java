package io.supportflow.infra.bench;

import io.supportflow.infra.stack.MailServer;
import io.supportflow.infra.stack.MongoWireServer;
import io.supportflow.infra.stack.PlatformService;
import io.supportflow.infra.stack.ServiceFleet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
