package io.supportflow.infra.events;

import io.supportflow.schemas.Topics;
import io.supportflow.schemas.registry.SchemaRegistryClient;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * {@code bin/events}: any topic of the platform as JSON lines or CSV, decoded through the registry.
 * Reads without a consumer group, so no service's offsets move. The event catalogue is
 * docs/asyncapi.yaml; what each topic means, docs/events.md.
 */
public final class EventsCommand {

  static final String USAGE =
      """
      Usage: bin/events <topic>[,<topic>...] [--from-beginning | --since WHEN] [--follow [--for DURATION]]
                        [--tenant TENANT] [--case CASE] [--format json|csv]
                        [--bootstrap HOST:PORT] [--registry URL]
        --from-beginning  every record the topic holds, then stop (add --follow to keep reading)
        --since WHEN      records written at or after WHEN, then stop: an instant (2026-03-01T08:00:00Z),
                          a date (2026-03-01, UTC midnight) or a duration back from now (PT6H, 90m, 2h, 7d)
                          Without either: new records only, following until Ctrl-C (a tail).
        --follow          keep reading new records after the end, until Ctrl-C
        --for DURATION    with --follow: stop after this long (PT30S, 30s, 5m)
        --tenant TENANT   only events of this tenant (tenantId)
        --case CASE       only events of this case: its id, its number (ACME-000042), or the number's digits (42)
        --format          json: one JSON object a line (default); csv: a header row, then one column per
                          field, nested records as dotted names (one topic at a time)
        --bootstrap       Kafka brokers (default: $KAFKA_BOOTSTRAP, else localhost:9092, the local stack)
        --registry        a Confluent-API schema registry (default: $SCHEMA_REGISTRY_URL, else
                          http://localhost:8081/apis/ccompat/v7); $SCHEMA_REGISTRY_USER_INFO=user:password
                          for basic auth
      Records go to stdout; a progress line every few seconds of a long read, and a summary, to stderr.
      Topics: %s
      """.formatted(String.join(", ", Topics.allTopicNames()));

  private EventsCommand() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
        false, StandardCharsets.UTF_8);
    int code = run(args, out, System.err, Clock.systemUTC());
    out.flush();
    System.exit(code);
  }

  /** Runs the command; returns the exit code (0 done, 1 failed, 2 wrong usage). */
  static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      out.print(USAGE);
      return 0;
    }
    Options options;
    EventWriter writer;
    try {
      options = Options.parse(args, clock);
      writer = options.csv()
          ? new EventWriter.Csv(out, eventSchema(options.topics().getFirst()))
          : new EventWriter.JsonLines(out);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    }
    SchemaRegistryClient registry = new SchemaRegistryClient(options.registry(),
        System.getenv("SCHEMA_REGISTRY_USER_INFO"), Duration.ofSeconds(10));
    try (TopicReader reader = new TopicReader(options.bootstrap(), registry, clock)) {
      Instant deadline = options.followFor() == null ? null : clock.instant().plus(options.followFor());
      reader.read(options.topics(), options.start(), options.follow(), deadline, options.filter(), writer::write,
          new Progress(err, clock), out::flush);
      out.flush();
      err.printf(Locale.ROOT, "events: %,d written of %,d read from %s%n", reader.written(), reader.read(),
          String.join(",", options.topics()));
      return 0;
    } catch (RuntimeException e) {
      out.flush();
      err.println("events: " + e.getMessage());
      return 1;
    }
  }

  /** The event schema of a catalogue topic; null for a dead-letter topic. */
  private static Schema eventSchema(String topic) {
    if (Topics.DEAD_LETTER_TOPICS.contains(topic)) {
      return null;
    }
    return Arrays.stream(Topics.values()).filter(t -> t.topicName().equals(topic)).findFirst()
        .map(t -> SpecificData.get().getSchema(t.eventType()))
        .orElseThrow(() -> new IllegalArgumentException(topic + " is not a topic of the catalogue: its columns are "
            + "unknown, use --format json"));
  }

  /** The parsed command line (after the --help check). */
  record Options(List<String> topics, TopicReader.Start start, boolean follow, Duration followFor,
      EventFilter filter, boolean csv, String bootstrap, String registry) {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)([smhd])");

    static Options parse(String[] args, Clock clock) {
      if (args[0].startsWith("--")) {
        throw new IllegalArgumentException("Name the topic first");
      }
      List<String> topics = Arrays.stream(args[0].split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
      String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP", "localhost:9092");
      String registry = System.getenv().getOrDefault("SCHEMA_REGISTRY_URL", "http://localhost:8081/apis/ccompat/v7");
      boolean fromBeginning = false;
      boolean follow = false;
      boolean csv = false;
      Instant since = null;
      Duration followFor = null;
      String tenant = null;
      String caseRef = null;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--from-beginning" -> fromBeginning = true;
          case "--follow" -> follow = true;
          case "--since" -> since = instant(value(args, ++i), clock);
          case "--for" -> followFor = duration(value(args, ++i));
          case "--tenant" -> tenant = value(args, ++i);
          case "--case" -> caseRef = value(args, ++i);
          case "--bootstrap" -> bootstrap = value(args, ++i);
          case "--registry" -> registry = value(args, ++i);
          case "--format" -> csv = switch (value(args, ++i)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new IllegalArgumentException("--format is json or csv, not " + args[i]);
          };
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      if (fromBeginning && since != null) {
        throw new IllegalArgumentException("--from-beginning and --since are two starts: choose one");
      }
      if (followFor != null && !follow) {
        throw new IllegalArgumentException("--for is how long to --follow");
      }
      if (csv && topics.size() != 1) {
        throw new IllegalArgumentException("--format csv reads one topic at a time (its columns are its event's)");
      }
      boolean tail = !fromBeginning && since == null;
      return new Options(topics, new TopicReader.Start(fromBeginning, since), follow || tail, followFor,
          new EventFilter(tenant, caseRef, since), csv, bootstrap, registry);
    }

    /** An ISO instant, a date (UTC midnight), or a duration back from now. */
    static Instant instant(String text, Clock clock) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException notAnInstant) {
        try {
          return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
          return clock.instant().minus(duration(text));
        }
      }
    }

    /** ISO-8601 (PT90M, P1D) or a number with s, m, h or d. */
    static Duration duration(String text) {
      Matcher short_ = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
      if (short_.matches()) {
        long n = Long.parseLong(short_.group(1));
        return switch (short_.group(2)) {
          case "s" -> Duration.ofSeconds(n);
          case "m" -> Duration.ofMinutes(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        };
      }
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Not an instant, date or duration: " + text);
      }
    }

    private static String value(String[] args, int i) {
      if (i >= args.length) {
        throw new IllegalArgumentException(args[i - 1] + " needs a value");
      }
      return args[i];
    }
  }
}
