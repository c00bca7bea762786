package io.supportflow.infra.dlq;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code bin/dlq}: what is in a dead-letter topic and why, and putting chosen records back. Reads
 * without a consumer group (no service's offsets move); replays with the record's own key and bytes,
 * which the consumers recognise by event id, so replaying twice does nothing more.
 */
public final class DlqCommand {

  static final String USAGE =
      """
      Usage: bin/dlq list <dlq-topic> [--bootstrap HOST:PORT]
             bin/dlq replay <dlq-topic> (--all | --offsets P:O[,P:O...]) [--dry-run] [--bootstrap HOST:PORT]
        list        every record of the dead-letter topic: where it is, when it died, its key,
                    where it came from and why it failed
        replay      put the chosen records (partition:offset of the dead-letter topic) back on the
                    topic they came from; safe to repeat: consumers skip an event they have handled
        --dry-run   say what would be replayed, replay nothing
        --bootstrap the Kafka brokers (default: $KAFKA_BOOTSTRAP, else localhost:9092, the local stack)
      Dead-letter topics: contracts.dlq, sla.dlq, escalation.dlq, notification.dlq (and any other).
      """;

  private DlqCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit code (0 done, 1 failed, 2 wrong usage). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    }
    if (options == null) {
      out.print(USAGE);
      return 0;
    }
    try (DeadLetters dlq = new DeadLetters(options.bootstrap())) {
      List<DeadLetter> letters = dlq.list(options.topic());
      if (options.replay()) {
        List<DeadLetter> chosen = choose(letters, options);
        chosen.forEach(letter -> out.println((options.dryRun() ? "would replay " : "replaying ") + describe(letter)));
        if (!options.dryRun()) {
          dlq.replay(chosen);
        }
        out.printf("%s %d of %d record(s) of %s%n", options.dryRun() ? "Would replay" : "Replayed", chosen.size(),
            letters.size(), options.topic());
      } else {
        letters.forEach(letter -> out.println(describe(letter)));
        out.printf("%d record(s) in %s%n", letters.size(), options.topic());
      }
      return 0;
    } catch (RuntimeException e) {
      err.println("dlq: " + e.getMessage());
      return 1;
    }
  }

  private static List<DeadLetter> choose(List<DeadLetter> letters, Options options) {
    if (options.all()) {
      return letters.stream().filter(DeadLetter::replayable).toList();
    }
    List<DeadLetter> chosen = new ArrayList<>();
    for (String wanted : options.offsets()) {
      DeadLetter letter = letters.stream()
          .filter(l -> (l.partition() + ":" + l.offset()).equals(wanted))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No record " + wanted + " in " + options.topic()));
      chosen.add(letter);
    }
    return chosen;
  }

  private static String describe(DeadLetter letter) {
    return String.join("\t",
        letter.partition() + ":" + letter.offset(),
        letter.deadAt().toString(),
        "key=" + letter.key(),
        "from=" + (letter.replayable()
            ? letter.originalTopic() + ":" + letter.originalPartition() + ":" + letter.originalOffset()
            : "(unknown)"),
        "reason=" + (letter.reason().isEmpty() ? "(none given)" : letter.reason()));
  }

  /** The parsed command line; null from {@link #parse} means "print the usage". */
  record Options(String topic, boolean replay, boolean all, Set<String> offsets, boolean dryRun, String bootstrap) {

    static Options parse(String[] args) {
      if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
        return null;
      }
      String command = args[0];
      if (!command.equals("list") && !command.equals("replay")) {
        throw new IllegalArgumentException("Unknown command " + command);
      }
      if (args.length < 2 || args[1].startsWith("--")) {
        throw new IllegalArgumentException("Name the dead-letter topic");
      }
      String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP", "localhost:9092");
      boolean all = false;
      boolean dryRun = false;
      Set<String> offsets = new LinkedHashSet<>();
      for (int i = 2; i < args.length; i++) {
        switch (args[i]) {
          case "--all" -> all = true;
          case "--dry-run" -> dryRun = true;
          case "--bootstrap" -> bootstrap = value(args, ++i);
          case "--offsets" -> {
            for (String each : value(args, ++i).split(",")) {
              if (!each.strip().matches("\\d+:\\d+")) {
                throw new IllegalArgumentException("--offsets takes partition:offset pairs, got " + each);
              }
              offsets.add(each.strip());
            }
          }
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      boolean replay = command.equals("replay");
      if (replay && all == !offsets.isEmpty()) {
        throw new IllegalArgumentException("replay needs either --all or --offsets");
      }
      if (!replay && (all || dryRun || !offsets.isEmpty())) {
        throw new IllegalArgumentException("--all, --offsets and --dry-run are for replay");
      }
      return new Options(args[1], replay, all, offsets, dryRun, bootstrap);
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value");
      }
      return args[i];
    }
  }
}
