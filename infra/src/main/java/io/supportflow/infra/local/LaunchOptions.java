package io.supportflow.infra.local;

import io.supportflow.infra.stack.JvmProfile;
import io.supportflow.infra.stack.PlatformService;
import io.supportflow.infra.stack.TopicSetup;
import java.nio.file.Path;
import java.util.List;

/** The command line of {@link LocalStack}. */
record LaunchOptions(
    Path dataDir, boolean reset, boolean infraOnly, int partitions, int instances, JvmProfile profile) {

  LaunchOptions(Path dataDir, boolean reset, boolean infraOnly, int partitions) {
    this(dataDir, reset, infraOnly, partitions, 1, JvmProfile.STARTUP);
  }

  static final String USAGE =
      """
      Usage: bin/local-stack [--reset] [--data DIR] [--partitions N] [--instances N] [--throughput] [--infra-only]
        --reset         wipe the data folder first (topics, schemas, Mongo data, credentials)
        --data DIR      data folder (default: <repo>/.local)
        --partitions N  partitions per topic when the topics are created (default 6)
        --instances N   instances of contracts, sla, escalation and notification, which share
                        the partitions as pods do (default 1, at most 4; ports 100 apart)
        --throughput    run the services with the optimising JIT (C2) and 1 GiB heaps, for
                        bin/benchmark (default: C1 only and 512 MiB, which start faster)
        --infra-only    start Kafka, the registry, Mongo and mail, but not the services
      """;

  /** Thrown for a command line that cannot be understood; the message says why. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  /** The service instances to run. */
  List<PlatformService> services() {
    return PlatformService.withInstances(PlatformService.ALL, instances);
  }

  static LaunchOptions parse(String[] args, Path repoRoot) {
    Path dataDir = repoRoot.resolve(".local");
    boolean reset = false;
    boolean infraOnly = false;
    int partitions = TopicSetup.DEFAULT_PARTITIONS;
    int instances = 1;
    JvmProfile profile = JvmProfile.STARTUP;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reset" -> reset = true;
        case "--infra-only" -> infraOnly = true;
        case "--throughput" -> profile = JvmProfile.THROUGHPUT;
        case "--data" -> dataDir = Path.of(value(args, ++i, "--data"));
        case "--partitions" -> partitions = positive(value(args, ++i, "--partitions"), "--partitions");
        case "--instances" -> instances = positive(value(args, ++i, "--instances"), "--instances");
        case "--help", "-h" -> throw new UsageException("");
        default -> throw new UsageException("Unknown option " + args[i]);
      }
    }
    if (instances > PlatformService.MOST_INSTANCES) {
      throw new UsageException("--instances is at most " + PlatformService.MOST_INSTANCES + ", not " + instances);
    }
    return new LaunchOptions(dataDir.toAbsolutePath().normalize(), reset, infraOnly, partitions, instances, profile);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String text, String option) {
    try {
      int n = Integer.parseInt(text);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException(option + " needs a positive number, not " + text);
  }
}
