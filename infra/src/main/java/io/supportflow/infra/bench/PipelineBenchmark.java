package io.supportflow.infra.bench;

import io.supportflow.infra.stack.PlatformService;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Load on the running local stack ({@code bin/local-stack}): cases opened through the portal API
 * (and a share as raw mail) at a set rate, each timed until its acknowledgement was handed to SMTP
 * ({@code NotificationAttempted} ACKNOWLEDGEMENT/SENT on {@code notification.events}), with
 * HdrHistogram from the intended send time (no coordinated omission); the services' consumer lag
 * meanwhile; and, in the same run, a plain kafka-clients baseline over the same hops on the same
 * broker ({@link KafkaBaseline}). Without {@code --rate}, searches for saturation and then measures
 * at half of it. The measured run also prints what it cost each service per case: CPU milliseconds
 * and MongoDB commands ({@link ServiceCosts}). Run with {@code bin/benchmark pipeline}; {@code --help} lists the options.
 */
public final class PipelineBenchmark {

  static final String USAGE = """
      bin/benchmark pipeline [options]       against the running local stack (bin/local-stack)
        --rate R           one run at R requests a second (default: search for saturation)
        --count N          requests in that run, or in the run at half saturation (default 30 s worth)
        --mail-share F     share sent as raw mail to /api/v1/inbound-mail (default 0.1)
        --start-rate R     search: first rate (default 25); each step is 1.5 times the last
        --max-rate R       search: stop there (default 4000)
        --step-seconds S   search: how long each step sends (default 15)
        --no-baseline      skip the Kafka baseline
        --max-in-flight N  concurrent HTTP requests at most (default 2000)
        --drain-seconds S  give up waiting for acknowledgements after S s without one (default 30)
        --intake URL       (default http://localhost:8080)
        --bootstrap HOSTS  (default localhost:9092)
        --registry URL     (default http://localhost:8081/apis/ccompat/v7)
        --api-key KEY      integration key (default: from <data>/demo-credentials.properties)
        --data DIR         the local stack's data folder (default <repo>/.local)
      The stack must let the key send that fast: start it with INTAKE_RATE_LIMIT_PER_MINUTE=1000000.
      """;

  /** Hops of the acknowledgement's path: the topics it crosses, in order. */
  static final List<String> PATH = List.of("intake.requests", "contracts.entitlements", "notification.events");
  private static final int[] FALLBACK_SIZES = {700, 1500, 500};

  record Options(Double rate, Integer count, double mailShare, double startRate, double maxRate,
      int stepSeconds, boolean baseline, int maxInFlight, int drainSeconds, URI intake, String bootstrap,
      String registry, String apiKey, Path data) {}

  private final Options o;
  private final PrintStream out;

  PipelineBenchmark(Options options, PrintStream out) {
    this.o = options;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.print(e.getMessage().isEmpty() ? USAGE : e.getMessage() + "\n" + USAGE);
      System.exit(e.getMessage().isEmpty() ? 0 : 2);
      return;
    }
    new PipelineBenchmark(options, System.out).run();
    System.exit(0);
  }

  static Options parse(String[] args) {
    BenchArgs a = BenchArgs.parse(args, Set.of("--rate", "--count", "--mail-share", "--start-rate", "--max-rate",
        "--step-seconds", "--max-in-flight", "--drain-seconds", "--intake", "--bootstrap", "--registry", "--api-key",
        "--data"), Set.of("--no-baseline"));
    Path data = a.read("--data", Path::of, null);
    String apiKey = a.text("--api-key", null);
    if (apiKey == null) {
      Path dir = data != null ? data : RepoRoot.find().resolve(".local");
      apiKey = demoApiKey(dir.resolve("demo-credentials.properties"));
    }
    return new Options(a.read("--rate", Double::valueOf, null), a.read("--count", Integer::valueOf, null),
        a.read("--mail-share", Double::valueOf, 0.1), a.read("--start-rate", Double::valueOf, 25.0),
        a.read("--max-rate", Double::valueOf, 4000.0), a.read("--step-seconds", Integer::valueOf, 15),
        !a.has("--no-baseline"), a.read("--max-in-flight", Integer::valueOf, 2000),
        a.read("--drain-seconds", Integer::valueOf, 30), a.read("--intake", URI::create, URI.create("http://localhost:8080")),
        a.text("--bootstrap", "localhost:9092"), a.text("--registry", "http://localhost:8081/apis/ccompat/v7"), apiKey,
        data);
  }

  /** The processes beside the services that share the machine's cores, by the name the table gives them. */
  private Map<String, Optional<ProcessHandle>> otherProcesses() {
    StackProcesses stack = stackProcesses();
    Map<String, Optional<ProcessHandle>> processes = new LinkedHashMap<>();
    processes.put("broker", stack.server(Fault.Server.BROKER));
    processes.put("registry", stack.server(Fault.Server.REGISTRY));
    processes.put("mongo wire server", stack.server(Fault.Server.MONGO));
    processes.put("mail server", stack.server(Fault.Server.MAIL));
    processes.put("load generator", Optional.of(ProcessHandle.current()));
    return processes;
  }

  private StackProcesses stackProcesses() {
    Path dir = o.data() != null ? o.data() : RepoRoot.find().resolve(".local");
    return new StackProcesses(RepoRoot.find(), dir.resolve("kafka"), 8081, 27017, 3025);
  }

  private static String demoApiKey(Path file) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("No API key: give --api-key, or start bin/local-stack first (" + file + ")");
    }
    return p.getProperty("api-key");
  }

  void run() throws Exception {
    out.printf("Pipeline benchmark, %s, against %s (Kafka %s); %d%% as mail%n", Instant.now(), o.intake(),
        o.bootstrap(), Math.round(o.mailShare() * 100));
    Properties adminProps = new Properties();
    adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, o.bootstrap());
    try (Admin admin = Admin.create(adminProps);
        AckWatcher acks = new AckWatcher(o.bootstrap(), o.registry());
        LagSampler lag = new LagSampler(admin)) {
      int partitions = admin.describeTopics(List.of(PATH.getFirst())).allTopicNames().get(10, TimeUnit.SECONDS)
          .get(PATH.getFirst()).partitions().size();
      PipelineLoad load = new PipelineLoad(o.intake(), o.apiKey(), "ops@northwind.example",
          "support@acme-support.example", acks, lag);
      out.printf("Topics have %d partitions; the acknowledgement crosses %s%n", partitions, String.join(" -> ", PATH));
      out.println("Stack: " + stackProcesses().jvmProfiles());
      out.println("Warm-up: 200 requests at 50/s (not counted)");
      load.run(50, 200, o.mailShare(), o.maxInFlight(), Duration.ofSeconds(o.drainSeconds()));

      double measuredRate;
      if (o.rate() != null) {
        measuredRate = o.rate();
      } else {
        double saturation = search(load);
        measuredRate = Math.max(1, Math.floor(saturation / 2));
        out.printf("%nSaturation at about %.0f acknowledged cases/s; at half of it, %.0f/s:%n", saturation, measuredRate);
      }
      int count = o.count() != null ? o.count() : (int) Math.max(100, measuredRate * 30);
      ServiceCosts costs = new ServiceCosts(PlatformService.withInstances(PlatformService.ALL, PlatformService.MOST_INSTANCES));
      Map<String, ServiceCosts.Counters> before = costs.sample();
      Map<String, Double> othersBefore = ServiceCosts.processCpuSeconds(otherProcesses());
      PipelineLoad.Step headline = step(load, measuredRate, count);
      // The downstream services (sla, escalation) may still be working on the run's cases: their
      // lag drains first, so their cost is counted whole.
      out.printf("    downstream lag back to 0    %s after the last acknowledgement%n",
          lag.awaitIdle(Duration.ofSeconds(o.drainSeconds())).map(d -> String.format("%.1f s", d.toMillis() / 1e3))
              .orElse("not within " + o.drainSeconds() + " s"));
      Map<String, ServiceCosts.Counters> after = costs.sample();
      long cases = Math.max(1, headline.acked());
      out.printf("  cost per acknowledged case in that run (%,d cases; process CPU time and MongoDB commands"
          + " from each service's /actuator/prometheus):%n%s", headline.acked(),
          ServiceCosts.table(before, after, cases));
      out.printf("  and the rest of the machine (CPU ms per case, from the operating system):%n%s",
          ServiceCosts.wholeMachine(othersBefore, ServiceCosts.processCpuSeconds(otherProcesses()),
              ServiceCosts.servicesCpuPerCase(before, after, cases), cases, Runtime.getRuntime().availableProcessors()));

      if (o.baseline()) {
        int[] sizes = KafkaBaseline.averageValueSizes(o.bootstrap(), PATH, FALLBACK_SIZES);
        KafkaBaseline baseline = new KafkaBaseline(o.bootstrap(), partitions, sizes);
        baseline.prepareTopics(admin);
        int records = Math.max(20_000, headline.sent());
        out.printf("%nBaseline: plain kafka-clients over the same %d topics (values of %s bytes, %d partitions,"
            + " acks=all, idempotent), %,d records as fast as they go%n", sizes.length, java.util.Arrays.toString(sizes),
            partitions, records);
        baseline.run(2_000, 0, Duration.ofSeconds(10)); // warm-up
        KafkaBaseline.Result max = baseline.run(records, 0, Duration.ofSeconds(o.drainSeconds()));
        out.printf("  baseline: %,d of %,d through in %.1f s: %,.0f records/s; latency %s%n", max.received(),
            max.count(), max.seconds(), max.throughput(), max.endToEnd());
        KafkaBaseline.Result same = baseline.run(headline.sent(), measuredRate, Duration.ofSeconds(o.drainSeconds()));
        out.printf("  baseline at the pipeline's %.0f/s: latency %s%n", measuredRate, same.endToEnd());
        double best = o.rate() != null ? headline.throughput() : bestThroughput;
        out.printf("%nPipeline throughput %,.0f cases/s = %.1f%% of the baseline's %,.0f records/s%n", best,
            100 * best / max.throughput(), max.throughput());
      }
    }
  }

  private double bestThroughput;

  /** Steps the rate up until throughput stops following it or latency explodes; returns the best throughput. */
  private double search(PipelineLoad load) throws InterruptedException {
    out.println("\nSaturation search: each step sends for " + o.stepSeconds() + " s, then drains");
    List<PipelineLoad.Step> steps = new ArrayList<>();
    for (double rate = o.startRate(); rate <= o.maxRate(); rate = Math.ceil(rate * 1.5)) {
      PipelineLoad.Step s = step(load, rate, (int) Math.ceil(rate * o.stepSeconds()));
      steps.add(s);
      bestThroughput = Math.max(bestThroughput, s.throughput());
      boolean notFollowing = s.throughput() < 0.9 * rate;
      boolean exploded = s.endToEnd().p99() > 10 * Math.max(steps.getFirst().endToEnd().p99(), 100_000);
      boolean losing = s.missing() > 0 || !s.rejected().isEmpty();
      if (notFollowing || exploded || losing) {
        out.printf("  saturated at %.0f/s: %s%n", rate,
            notFollowing ? "throughput no longer follows the rate" : exploded ? "p99 latency exploded" : "requests lost or refused");
        break;
      }
    }
    return bestThroughput;
  }

  private PipelineLoad.Step step(PipelineLoad load, double rate, int count) throws InterruptedException {
    PipelineLoad.Step s = load.run(rate, count, o.mailShare(), o.maxInFlight(), Duration.ofSeconds(o.drainSeconds()));
    print(s);
    return s;
  }

  private void print(PipelineLoad.Step s) {
    out.printf("  offered %,.0f/s: %,d sent (%,d as mail), %,d accepted, %,d acknowledged%s in %.1f s -> %,.0f/s%n",
        s.offeredRate(), s.sent(), s.mail(), s.accepted(), s.acked(),
        s.rejected().isEmpty() ? "" : ", refused/failed " + s.rejected(), s.seconds(), s.throughput());
    out.printf("    sent -> accepted (2xx)        %s%n", s.accept());
    out.printf("    sent -> acknowledgement SENT  %s   (from the intended send time)%n", s.endToEnd());
    out.printf("    accepted -> acknowledgement   %s%n", s.acceptedToAck());
    out.printf("    max consumer lag              %s%n", s.maxLag());
  }
}
