package io.supportflow.infra.local;

import io.supportflow.infra.stack.TopicSetup;
import java.nio.file.Path;

/** The command line of {@link LocalStack}. */
record LaunchOptions(Path dataDir, boolean reset, boolean infraOnly, int partitions) {

  static final String USAGE =
      """
      Usage: bin/local-stack [--reset] [--data DIR] [--partitions N] [--infra-only]
        --reset         wipe the data folder first (topics, schemas, Mongo data, credentials)
        --data DIR      data folder (default: <repo>/.local)
        --partitions N  partitions per topic when the topics are created (default 6)
        --infra-only    start Kafka, the registry, Mongo and mail, but not the services
      """;

  /** Thrown for a command line that cannot be understood; the message says why. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  static LaunchOptions parse(String[] args, Path repoRoot) {
    Path dataDir = repoRoot.resolve(".local");
    boolean reset = false;
    boolean infraOnly = false;
    int partitions = TopicSetup.DEFAULT_PARTITIONS;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--reset" -> reset = true;
        case "--infra-only" -> infraOnly = true;
        case "--data" -> dataDir = Path.of(value(args, ++i, "--data"));
        case "--partitions" -> partitions = positive(value(args, ++i, "--partitions"));
        case "--help", "-h" -> throw new UsageException("");
        default -> throw new UsageException("Unknown option " + args[i]);
      }
    }
    return new LaunchOptions(dataDir.toAbsolutePath().normalize(), reset, infraOnly, partitions);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new UsageException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--partitions needs a positive number, not " + text);
  }
}
