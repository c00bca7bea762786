package io.supportflow.infra.bench;

import io.supportflow.infra.stack.RepoRoot;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;

/**
 * {@code bin/chaos}: open-loop load on the running platform while a fault is injected, then a
 * verdict from outside. Requests are retried under their Idempotency-Key as a real client does;
 * after a drain the topics (read from their beginning) and the reporter's mailbox must show, for
 * every accepted request, one decision, one acknowledgement event, one acknowledgement mail and
 * the first-response clock. Prints ack latency and the worst latency around each fault.
 */
public final class ChaosRun {

  static final String USAGE = """
      bin/chaos [options]                    against the running local stack (bin/local-stack)
        --scenario S       kill (default): SIGKILL a random service every --kill-every seconds;
                           broker | registry | mongo | mail: freeze that server (SIGSTOP) for
                           --outage seconds, then thaw it (SIGCONT);
                           poison: every second an unreadable record on intake.requests, timed
                           until it reaches contracts.dlq, and a decision sla-service fails on
                           every attempt (a time zone that does not exist) on
                           contracts.entitlements, timed until it reaches sla.dlq after the retries
        --rate R           requests a second (default 25, about half of the stack's saturation)
        --seconds S        how long the load runs (default 120)
        --kill-every S     kill: seconds between kills (default 20)
        --outage S         broker/registry/mongo/mail: seconds frozen (default 30, mail 60)
        --seed N           kill: which services, reproducibly (default 1)
        --intake URL       (default http://localhost:8080)
        --bootstrap HOSTS  (default localhost:9092)
        --registry URL     (default http://localhost:8081/apis/ccompat/v7)
        --imap-port P      the reporter's mailbox (default 3143)
        --data DIR         the local stack's data folder: demo key and mailbox password (default <repo>/.local)
      Exit code 0 when nothing was lost or doubled, 1 otherwise. Figures: docs/reliability.md.
      """;

  static final String REPORTER = "ops@northwind.example";

  /** How the run is driven and where it looks. */
  public record Settings(URI intake, String apiKey, double rate, Duration duration, Duration drain,
      Duration giveUpAfter, OutsideCheck.Sources sources) {}

  /**
   * What the run found. Latencies in microseconds.
   *
   * @param outages per server outage, how it went (none for kills and poison)
   * @param ackedWhileMailDown acknowledgements reported sent, while the mail server was frozen, for
   *     requests sent after it froze: must be 0, as no mail can be handed to a server that does not answer
   */
  public record Report(int offered, int accepted, Map<String, Integer> givenUp, int maxAttempts,
      List<Fault.Injected> faults, Map<String, Latency> aroundFaults, Latency ackLatency, int acked,
      Set<String> lost, int duplicateRequests, int duplicateAckEvents, int duplicateAckMails,
      int poisonNotDeadLettered, List<Outage> outages, int ackedWhileMailDown) {

    /**
     * Nothing lost, nothing doubled, nothing given up, every poison record dead-lettered, no
     * acknowledgement claimed while the mail server was down.
     */
    public boolean clean() {
      return lost.isEmpty() && givenUp.isEmpty() && duplicateRequests == 0 && duplicateAckEvents == 0
          && duplicateAckMails == 0 && poisonNotDeadLettered == 0 && ackedWhileMailDown == 0;
    }
  }

  /**
   * One server outage: how many requests were sent while the server was down and how long after it
   * was back the last of them was acknowledged (the recovery; null if one never was).
   */
  public record Outage(String what, int sentDuring, Duration recovery) {}

  private ChaosRun() {}

  public static void main(String[] args) throws Exception {
    try {
      Parsed parsed = parse(args);
      Report report = run(parsed.settings(), parsed.fault(), parsed.victims(), System.out);
      System.exit(report.clean() ? 0 : 1);
    } catch (IllegalArgumentException e) {
      System.err.print(e.getMessage().isEmpty() ? USAGE : e.getMessage() + "\n" + USAGE);
      System.exit(e.getMessage().isEmpty() ? 0 : 2);
    }
  }

  /** Runs the load with the fault, drains, checks from outside and prints the report. */
  public static Report run(Settings s, Fault fault, Fault.Victims victims, PrintStream out) throws Exception {
    String runId = Long.toString(System.currentTimeMillis(), 36);
    int count = (int) Math.max(1, Math.round(s.rate() * s.duration().toSeconds()));
    out.printf("Chaos run %s, %s: %d requests at %.0f/s against %s; fault: %s%n", runId, Instant.now(), count,
        s.rate(), s.intake(), fault);
    RetryingClient client = new RetryingClient(s.intake(), s.apiKey(), REPORTER, s.giveUpAfter());
    Map<String, Long> intendedByCase = new ConcurrentHashMap<>();
    Map<String, Long> ackSeen = new ConcurrentHashMap<>();
    Map<String, Integer> givenUp = new TreeMap<>();
    List<CompletableFuture<RetryingClient.Opened>> answers = new ArrayList<>();
    AtomicBoolean loadRunning = new AtomicBoolean(true);
    ExecutorService faults = Executors.newSingleThreadExecutor();
    try (AckWatcher acks = new AckWatcher(s.sources().bootstrap(), s.sources().registry())) {
      Future<List<Fault.Injected>> injected = faults.submit(() -> fault.inject(victims, loadRunning::get));
      OpenLoop.run(count, s.rate(), new Semaphore(Integer.MAX_VALUE), intended -> {
        int n = answers.size();
        answers.add(client.open(runId, n).whenComplete((opened, failure) -> {
          if (opened != null && opened.caseNumber() != null) {
            intendedByCase.put(opened.caseNumber(), intended);
            acks.await(opened.caseNumber(), seen -> ackSeen.put(opened.caseNumber(), seen));
          }
        }));
      });
      loadRunning.set(false);
      List<Fault.Injected> done = injected.get(10, TimeUnit.MINUTES);
      int maxAttempts = 0;
      for (CompletableFuture<RetryingClient.Opened> answer : answers) {
        RetryingClient.Opened opened = answer.get(s.giveUpAfter().toSeconds() + 60, TimeUnit.SECONDS);
        maxAttempts = Math.max(maxAttempts, opened.attempts());
        if (opened.caseNumber() == null) {
          givenUp.merge(opened.lastFailure(), 1, Integer::sum);
        }
      }
      drain(intendedByCase.keySet(), ackSeen, s.drain(), out);

      Histogram latency = Latency.histogram();
      ackSeen.forEach((caseNumber, seen) -> latency.recordValue(micros(seen - intendedByCase.get(caseNumber))));
      Map<String, Latency> around = new TreeMap<>();
      int poisonMissing = 0;
      if (fault instanceof Fault.Poison) {
        poisonMissing = (int) done.stream().filter(f -> f.untilNanos() < 0).count();
        Map<String, List<Fault.Injected>> byKind = new TreeMap<>();
        done.forEach(f -> byKind.computeIfAbsent(f.what(), k -> new ArrayList<>()).add(f));
        byKind.forEach((kind, records) -> {
          Histogram toDlq = Latency.histogram();
          records.stream().filter(f -> f.untilNanos() > 0)
              .forEach(f -> toDlq.recordValue(micros(f.untilNanos() - f.fromNanos())));
          out.printf("Poison, %s: %d produced, %d dead-lettered, produce -> DLQ %s%n", kind, records.size(),
              toDlq.getTotalCount(), Latency.of(toDlq));
          records.stream().map(Fault.Injected::outcome).filter(r -> !r.isEmpty()).distinct().limit(2)
              .forEach(reason -> out.printf("  reason: %s%n", reason));
        });
      }
      List<Outage> outages = new ArrayList<>();
      int ackedWhileMailDown = 0;
      if (fault instanceof Fault.Freeze freeze) {
        for (Fault.Injected f : done) {
          outages.add(outage(f, intendedByCase, ackSeen));
          if (freeze.server() == Fault.Server.MAIL) {
            ackedWhileMailDown += ackedWhileDown(f, intendedByCase, ackSeen);
          }
        }
      }
      for (Fault.Injected f : fault instanceof Fault.Poison ? List.<Fault.Injected>of() : done) {
        Histogram window = Latency.histogram();
        long from = f.fromNanos() - TimeUnit.SECONDS.toNanos(5);
        long until = f.untilNanos() + TimeUnit.SECONDS.toNanos(5);
        ackSeen.forEach((caseNumber, seen) -> {
          long intended = intendedByCase.get(caseNumber);
          if (intended >= from && intended <= until) {
            window.recordValue(micros(seen - intended));
          }
        });
        around.put(f.what() + " at +" + TimeUnit.NANOSECONDS.toSeconds(f.fromNanos() - firstIntended(intendedByCase))
            + " s", Latency.of(window));
      }

      Set<String> accepted = new TreeSet<>(intendedByCase.keySet());
      OutsideCheck.Counts counts = awaitDownstream(new OutsideCheck(s.sources()), accepted, s.drain());
      Set<String> lost = new TreeSet<>();
      for (String caseNumber : accepted) {
        if (counts.decisions().getOrDefault(caseNumber, 0) == 0 || counts.ackEvents().getOrDefault(caseNumber, 0) == 0
            || counts.ackMails().getOrDefault(caseNumber, 0) == 0
            || counts.firstResponseClocks().getOrDefault(caseNumber, 0) == 0) {
          lost.add(caseNumber);
        }
      }
      Report report = new Report(count, accepted.size(), givenUp, maxAttempts, done, around, Latency.of(latency),
          ackSeen.size(), lost, beyondOne(counts.requests()), beyondOne(counts.ackEvents()),
          beyondOne(counts.ackMails()), poisonMissing, outages, ackedWhileMailDown);
      print(report, fault instanceof Fault.Poison, counts, out);
      return report;
    } finally {
      loadRunning.set(false);
      faults.shutdownNow();
    }
  }

  /** The requests sent while the server was down, and when after its thaw the last of them was acknowledged. */
  private static Outage outage(Fault.Injected f, Map<String, Long> intendedByCase, Map<String, Long> ackSeen) {
    int sent = 0;
    long lastAck = f.untilNanos();
    boolean allAcked = true;
    for (Map.Entry<String, Long> request : intendedByCase.entrySet()) {
      if (request.getValue() >= f.fromNanos() && request.getValue() <= f.untilNanos()) {
        sent++;
        Long seen = ackSeen.get(request.getKey());
        allAcked &= seen != null;
        lastAck = seen == null ? lastAck : Math.max(lastAck, seen);
      }
    }
    return new Outage(f.what(), sent, allAcked ? Duration.ofNanos(lastAck - f.untilNanos()) : null);
  }

  /** Acknowledgements seen while the server was frozen, of requests sent after it froze. */
  private static int ackedWhileDown(Fault.Injected f, Map<String, Long> intendedByCase, Map<String, Long> ackSeen) {
    return (int) ackSeen.entrySet().stream()
        .filter(ack -> ack.getValue() < f.untilNanos() && intendedByCase.get(ack.getKey()) > f.fromNanos())
        .count();
  }

  private static long firstIntended(Map<String, Long> intendedByCase) {
    return intendedByCase.values().stream().mapToLong(Long::longValue).min().orElse(0);
  }

  /** Waits while acknowledgements still come in, up to {@code drain} without progress. */
  private static void drain(Set<String> accepted, Map<String, Long> ackSeen, Duration drain, PrintStream out)
      throws InterruptedException {
    Drain.await(ackSeen::size, accepted::size, drain);
    out.printf("Drained: %d of %d accepted requests acknowledged%n", ackSeen.size(), accepted.size());
  }

  /**
   * Counts from outside, again while the services behind the acknowledgement catch up: the mails of
   * acknowledged cases, and the first-response clocks of decided ones. sla reads the decisions on its
   * own, and after a broker outage it may still be behind when the last acknowledgement arrives; a
   * clock not yet published then is late, not lost (it counts as lost only after the drain).
   */
  private static OutsideCheck.Counts awaitDownstream(OutsideCheck check, Set<String> accepted, Duration drain)
      throws Exception {
    long giveUp = System.nanoTime() + drain.toNanos();
    while (true) {
      OutsideCheck.Counts counts = check.count(accepted);
      if (caughtUp(counts) || System.nanoTime() > giveUp) {
        return counts;
      }
      Thread.sleep(1_000); // the tool polls the mailbox and the topics while delivery completes
    }
  }

  static boolean caughtUp(OutsideCheck.Counts counts) {
    return counts.ackEvents().keySet().stream().allMatch(counts.ackMails()::containsKey)
        && counts.decisions().keySet().stream().allMatch(counts.firstResponseClocks()::containsKey);
  }

  private static int beyondOne(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(c -> Math.max(0, c - 1)).sum();
  }

  private static void print(Report r, boolean poison, OutsideCheck.Counts counts, PrintStream out) {
    out.printf("Load: %d offered, %d accepted (at most %d attempts for one), %d given up %s%n", r.offered(),
        r.accepted(), r.maxAttempts(), r.givenUp().values().stream().mapToInt(Integer::intValue).sum(), r.givenUp());
    if (!poison) { // poison records are reported on their own lines
      r.faults().forEach(f -> out.printf("Fault: %s%n", f.what()));
    }
    out.printf("Ack latency (intended send -> acknowledgement SENT): %s%n", r.ackLatency());
    r.aroundFaults().forEach((what, latency) -> out.printf("  requests sent within 5 s of %s: %s%n", what, latency));
    r.outages().forEach(o -> out.printf("Outage, %s: %d requests sent meanwhile; recovery (back -> the last of them"
        + " acknowledged): %s%n", o.what(), o.sentDuring(),
        o.recovery() == null ? "not all acknowledged" : "%.1f s".formatted(o.recovery().toMillis() / 1000.0)));
    if (r.faults().stream().anyMatch(f -> f.what().startsWith(Fault.Server.MAIL.label()))) {
      out.printf("Acknowledgements reported sent while the mail server was down, of requests sent after it froze: %d"
          + " (must be 0)%n", r.ackedWhileMailDown());
    }
    out.printf("From outside: decisions %d, acknowledgement events %d, acknowledgement mails %d, first-response clocks %d"
            + " (of %d accepted)%n", counts.decisions().size(), counts.ackEvents().size(), counts.ackMails().size(),
        counts.firstResponseClocks().size(), r.accepted());
    out.printf("Lost: %d%s; duplicate requests %d, duplicate acknowledgement events %d, duplicate mails %d%n",
        r.lost().size(), r.lost().isEmpty() ? "" : " " + r.lost().stream().limit(10).toList(), r.duplicateRequests(),
        r.duplicateAckEvents(), r.duplicateAckMails());
    out.printf("Events published again under the same event id after a restart (consumers skip them): %d;"
        + " unreadable records on the topics: %d%n", counts.copies(), counts.unreadable());
    out.println(r.clean() ? "CLEAN: nothing lost, nothing doubled" : "NOT CLEAN");
  }

  private static long micros(long nanos) {
    return Math.max(1, nanos / 1000);
  }

  private record Parsed(Settings settings, Fault fault, Fault.Victims victims) {}

  static Parsed parse(String[] args) {
    BenchArgs a = BenchArgs.parse(args, Set.of("--scenario", "--rate", "--seconds", "--kill-every", "--outage",
        "--seed", "--intake", "--bootstrap", "--registry", "--imap-port", "--data"), Set.of());
    String scenario = a.text("--scenario", "kill");
    double rate = a.read("--rate", Double::valueOf, 25.0);
    int seconds = a.read("--seconds", Integer::valueOf, 120);
    int killEvery = a.read("--kill-every", Integer::valueOf, 20);
    Integer outage = a.read("--outage", Integer::valueOf, null);
    long seed = a.read("--seed", Long::valueOf, 1L);
    URI intake = a.read("--intake", URI::create, URI.create("http://localhost:8080"));
    String bootstrap = a.text("--bootstrap", "localhost:9092");
    String registry = a.text("--registry", "http://localhost:8081/apis/ccompat/v7");
    int imapPort = a.read("--imap-port", Integer::valueOf, 3143);
    Path repoRoot = RepoRoot.find();
    Path data = a.read("--data", Path::of, repoRoot.resolve(".local"));
    Fault fault = switch (scenario) {
      case "kill" -> new Fault.KillServices(Duration.ofSeconds(killEvery), seed);
      case "broker" -> freeze(Fault.Server.BROKER, outage, 30);
      case "registry" -> freeze(Fault.Server.REGISTRY, outage, 30);
      case "mongo" -> freeze(Fault.Server.MONGO, outage, 30);
      case "mail" -> freeze(Fault.Server.MAIL, outage, 60);
      case "poison" -> new Fault.Poison(bootstrap, List.of(new PoisonRecord.Unreadable("intake.requests",
          "contracts.dlq"), new PoisonRecord.FailsEveryRetry(registry)), Duration.ofSeconds(1));
      default -> throw new IllegalArgumentException("Unknown scenario " + scenario);
    };
    Properties credentials = credentials(data.resolve("demo-credentials.properties"));
    Settings settings = new Settings(intake, credentials.getProperty("api-key"), rate, Duration.ofSeconds(seconds),
        Duration.ofSeconds(60), Duration.ofMinutes(3),
        new OutsideCheck.Sources(bootstrap, registry, imapPort, REPORTER,
            credentials.getProperty("contact-mailbox-password")));
    return new Parsed(settings, fault, new StackProcesses(repoRoot, data.resolve("kafka"), 8081, 27017, 3025));
  }

  private static Fault freeze(Fault.Server server, Integer outage, int defaultSeconds) {
    return new Fault.Freeze(server, Duration.ofSeconds(10), Duration.ofSeconds(outage == null ? defaultSeconds : outage));
  }

  private static Properties credentials(Path file) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("Start bin/local-stack first: no " + file);
    }
    return p;
  }
}
