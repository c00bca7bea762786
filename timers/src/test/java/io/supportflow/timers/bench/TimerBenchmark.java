package io.supportflow.timers.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.supportflow.infra.stack.ChildJvm;
import io.supportflow.infra.stack.MongoWireServer;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.Timer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;

/**
 * The durable timers at scale, against the real {@link io.supportflow.timers.TimerScheduler} and
 * {@link MongoTimerStore}: MongoDB is a wire server in this JVM (or {@code --mongo URI}), the
 * scheduler runs in a child JVM of its own ({@link TimerOwner}) so its heap is measured alone and it
 * can be killed with SIGKILL. Three scenarios:
 * <ol>
 *   <li><b>hold</b>: {@code --open} timers stored, falling due at {@code --rate} a second: heap
 *       held, firing lateness p50/p99/max over {@code --seconds};
 *   <li><b>herd</b>: {@code --herd} timers due in the same second, beside {@code --open} timers due
 *       in the coming month: time until the last has fired, and none missed;
 *   <li><b>crash</b>: {@code --crash} timers due in one second; the owner is killed with SIGKILL while
 *       firing them and a new JVM is assigned the partitions: time until every overdue one has fired.
 * </ol>
 * Run it with {@code bin/benchmark timers}; {@code --help} lists the options.
 */
public final class TimerBenchmark {

  static final String USAGE = """
      bin/benchmark timers [options]
        --open N          timers stored (default 1000000)
        --rate R          hold: timers falling due per second (default 1000)
        --seconds S       hold: how long firing is measured (default 60)
        --herd N          herd: timers due in the same second (default 100000)
        --crash N         crash: timers due when the owner is killed (default 100000)
        --partitions P    partitions, all owned by the one scheduler (default 6)
        --lookahead-ms L  the scheduler's look-ahead (default 300000, the services' PT5M)
        --load-batch B    timers per Mongo read (default 10000, the services' default)
        --owner-jvm OPTS  JVM options of the owner (default: a service's: -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)
        --mongo URI       a real MongoDB instead of the in-process wire server (databases bench_timers_*)
        --only LIST       scenarios to run, comma separated: hold,herd,crash (default all)
        --lead-ms L       time from storing the timers to the first falling due (default 15000 + 1 ms per 50 timers)
      """;

  private static final String TENANT = "bench";

  record Options(int open, int rate, int seconds, int herd, int crash, int partitions,
      long lookaheadMillis, int loadBatch, List<String> ownerJvm, String mongoUri, List<String> only,
      long leadMillis) {

    static Options defaults() {
      return new Options(1_000_000, 1_000, 60, 100_000, 100_000, 6, 300_000, 10_000,
          List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), null,
          List.of("hold", "herd", "crash"), -1);
    }

    static Options parse(String[] args) {
      Options o = defaults();
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--open" -> o = o.with(b -> b.open = Integer.parseInt(value));
          case "--rate" -> o = o.with(b -> b.rate = Integer.parseInt(value));
          case "--seconds" -> o = o.with(b -> b.seconds = Integer.parseInt(value));
          case "--herd" -> o = o.with(b -> b.herd = Integer.parseInt(value));
          case "--crash" -> o = o.with(b -> b.crash = Integer.parseInt(value));
          case "--partitions" -> o = o.with(b -> b.partitions = Integer.parseInt(value));
          case "--lookahead-ms" -> o = o.with(b -> b.lookahead = Long.parseLong(value));
          case "--load-batch" -> o = o.with(b -> b.loadBatch = Integer.parseInt(value));
          case "--owner-jvm" -> o = o.with(b -> b.ownerJvm = List.of(value.trim().split("\\s+")));
          case "--mongo" -> o = o.with(b -> b.mongo = value);
          case "--only" -> o = o.with(b -> b.only = List.of(value.split(",")));
          case "--lead-ms" -> o = o.with(b -> b.lead = Long.parseLong(value));
          case "--help", "-h" -> throw new IllegalArgumentException("");
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
        i++;
      }
      return o;
    }

    private Options with(java.util.function.Consumer<Builder> change) {
      Builder b = new Builder(this);
      change.accept(b);
      return b.build();
    }

    private static final class Builder {
      int open, rate, seconds, herd, crash, partitions, loadBatch;
      long lookahead, lead;
      List<String> ownerJvm, only;
      String mongo;

      Builder(Options o) {
        open = o.open; rate = o.rate; seconds = o.seconds; herd = o.herd; crash = o.crash;
        partitions = o.partitions; lookahead = o.lookaheadMillis; loadBatch = o.loadBatch;
        ownerJvm = o.ownerJvm; mongo = o.mongoUri; only = o.only; lead = o.leadMillis;
      }

      Options build() {
        return new Options(open, rate, seconds, herd, crash, partitions, lookahead, loadBatch,
            ownerJvm, mongo, only, lead);
      }
    }
  }

  /** Firing lateness in microseconds. */
  record Lateness(long count, long p50, long p99, long max) {
    static Lateness of(Histogram h) {
      return new Lateness(h.getTotalCount(), h.getValueAtPercentile(50), h.getValueAtPercentile(99), h.getMaxValue());
    }

    @Override
    public String toString() {
      return "%d fired, lateness p50 %s, p99 %s, max %s".formatted(count, ms(p50), ms(p99), ms(max));
    }
  }

  record HoldResult(int open, long heldInMemory, long heapBeforeBytes, long heapAfterBytes,
      long loadMillis, long dueInWindow, Lateness lateness) {}

  record HerdResult(int herd, long firedAll, long unfiredInMongo, Duration untilAllFired, Lateness lateness) {}

  record CrashResult(int crash, long recordedBeforeKill, long overdueAtKill, long firedByNewOwner,
      long unfiredInMongo, Duration killToAssigned, Duration assignedToAllFired, Duration killToAllFired) {}

  record Report(HoldResult hold, HerdResult herd, CrashResult crash) {}

  private final Options options;
  private final String mongoUri;
  private final Path logs;
  private final PrintStream out;
  private int owners;

  TimerBenchmark(Options options, String mongoUri, Path logs, PrintStream out) {
    this.options = options;
    this.mongoUri = mongoUri;
    this.logs = logs;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.print(e.getMessage().isEmpty() ? "" : e.getMessage() + "\n");
      System.err.print(USAGE);
      System.exit(e.getMessage().isEmpty() ? 0 : 2);
      return;
    }
    Path logs = Path.of("timers", "target", "benchmark");
    Files.createDirectories(logs);
    MongoWireServer server = options.mongoUri() == null ? MongoWireServer.inMemory("127.0.0.1", 0) : null;
    String uri = server != null ? server.connectionString() : options.mongoUri();
    System.out.printf("Timer benchmark: %s; MongoDB %s; owner JVM %s; logs in %s%n", options,
        server != null ? "wire server in this JVM (mongo-java-server, memory backend) at " + uri : uri,
        options.ownerJvm(), logs.toAbsolutePath());
    try {
      new TimerBenchmark(options, uri, logs, System.out).run();
    } finally {
      if (server != null) {
        server.close();
      }
    }
    System.exit(0);
  }

  Report run() throws Exception {
    try (MongoClient client = MongoClients.create(mongoUri)) {
      HoldResult hold = options.only().contains("hold") ? hold(client) : null;
      HerdResult herd = null;
      CrashResult crash = null;
      if (options.only().contains("herd") || options.only().contains("crash")) {
        MongoDatabase db = fresh(client, "bench_timers_herd");
        MongoTimerStore store = new MongoTimerStore(db, Duration.ofDays(7));
        Instant monthStart = Instant.now().plus(Duration.ofHours(1));
        long spreadMillis = Duration.ofDays(30).toMillis();
        out.printf("%nStoring %,d open timers due in the coming month...%n", options.open());
        insert(store, options.open(), i -> timer("OPEN", i,
            monthStart.plusMillis(spreadMillis * i / Math.max(1, options.open()))));
        if (options.only().contains("herd")) {
          herd = herd(db, store);
        }
        if (options.only().contains("crash")) {
          crash = crash(db, store);
        }
        db.drop();
      }
      return new Report(hold, herd, crash);
    }
  }

  private HoldResult hold(MongoClient client) throws Exception {
    MongoDatabase db = fresh(client, "bench_timers_hold");
    MongoTimerStore store = new MongoTimerStore(db, Duration.ofDays(7));
    out.printf("%n[hold] Storing %,d timers falling due at %,d a second...%n", options.open(), options.rate());
    // Time to store them, start the owner and let it read: the first falls due after that.
    Instant first = Instant.now().plusMillis(lead(options.open()) + options.open() / 40);
    long stepMicros = 1_000_000L / options.rate();
    insert(store, options.open(), i -> timer("HOLD", i, first.plusNanos(i * stepMicros * 1000)));
    Owner owner = Owner.start(this, db.getName(), "HOLD", 0);
    owner.await("heap.after", Duration.ofMinutes(10));
    Instant readyAt = Instant.ofEpochMilli(owner.assignedAt() + owner.longValue("loaded.ms"));
    if (readyAt.isAfter(first)) {
      out.printf("  note: the owner was ready %d ms after the first timer was due; those count as overdue, not late%n",
          Duration.between(first, readyAt).toMillis());
    }
    Instant stopAt = first.plusSeconds(options.seconds());
    // The measured window ends once every timer due in it is recorded fired (the owner reports its
    // count every 200 ms); a minute past the window's end it is a failure, not a figure.
    long dueBeforeStop = Math.min(options.open(), (long) options.seconds() * options.rate());
    Duration window = Duration.between(Instant.now(), stopAt);
    owner.awaitAtLeast("counted", dueBeforeStop, (window.isNegative() ? Duration.ZERO : window).plusMinutes(1));
    Lateness lateness = owner.stop();
    Instant from = readyAt.isAfter(first) ? readyAt : first;
    long dueInWindow = Math.min(options.open(), Math.max(0,
        Duration.between(from, stopAt).toNanos() / 1000 / stepMicros));
    HoldResult result = new HoldResult(options.open(), owner.longValue("held"), owner.longValue("heap.before"),
        owner.longValue("heap.after"), owner.longValue("loaded.ms"), dueInWindow, lateness);
    out.printf("[hold] %,d timers stored; after assignment the owner read them in %,d ms and holds %,d in memory;%n"
            + "       heap used %s before, %s after (%s more)%n"
            + "       firing %,d/s for %d s: %s (%,d due in the window after the owner was ready)%n",
        result.open(), result.loadMillis(), result.heldInMemory(), mib(result.heapBeforeBytes()),
        mib(result.heapAfterBytes()), mib(result.heapAfterBytes() - result.heapBeforeBytes()),
        options.rate(), options.seconds(), lateness, dueInWindow);
    db.drop();
    return result;
  }

  private HerdResult herd(MongoDatabase db, MongoTimerStore store) throws Exception {
    Instant second = storeDueInOneSecond(store, "HERD", options.herd());
    Owner owner = Owner.start(this, db.getName(), "HERD", options.herd());
    owner.await("done.at", Duration.ofMinutes(30));
    Duration untilAll = Duration.between(second, Instant.ofEpochMilli(owner.longValue("done.at")));
    Lateness lateness = owner.stop();
    long counted = owner.longValue("counted");
    long unfired = db.getCollection("timers").countDocuments(and(eq("kind", "HERD"), eq("firedAt", null)));
    HerdResult result = new HerdResult(options.herd(), counted, unfired, untilAll, lateness);
    out.printf("[herd] %,d timers due in one second: all fired %s after the second began; %,d fired, %,d left unfired in Mongo%n"
            + "       %s%n",
        result.herd(), seconds(untilAll), counted, unfired, lateness);
    return result;
  }

  private CrashResult crash(MongoDatabase db, MongoTimerStore store) throws Exception {
    storeDueInOneSecond(store, "CRASH", options.crash());
    Owner dying = Owner.start(this, db.getName(), "CRASH", options.crash());
    // Killed in the middle of the firing: a tenth of them handled, the rest overdue.
    dying.awaitAtLeast("counted", Math.max(1, options.crash() / 10), Duration.ofMinutes(30));
    Instant killedAt = dying.kill();
    var timers = db.getCollection("timers");
    out.printf("[crash] Owner killed with SIGKILL at %s; a new owner starts...%n", killedAt);
    // The new owner counts what is left itself: the killed one's last writes may land after its death.
    Owner next = Owner.start(this, db.getName(), "CRASH", -1);
    next.await("done.at", Duration.ofMinutes(30));
    long overdue = next.longValue("overdue");
    long recorded = options.crash() - overdue;
    out.printf("[crash] %,d were recorded by the killed owner, %,d overdue when the new one was assigned%n",
        recorded, overdue);
    Instant assigned = Instant.ofEpochMilli(next.assignedAt());
    Instant done = Instant.ofEpochMilli(next.longValue("done.at"));
    next.stop();
    long unfired = timers.countDocuments(and(eq("kind", "CRASH"), eq("firedAt", null)));
    CrashResult result = new CrashResult(options.crash(), recorded, overdue, next.longValue("counted"), unfired,
        Duration.between(killedAt, assigned), Duration.between(assigned, done), Duration.between(killedAt, done));
    out.printf("[crash] every overdue timer fired %s after the kill (%s to start the new JVM and assign it, %s from"
            + " assignment);%n        the new owner fired %,d; %,d left unfired in Mongo%n",
        seconds(result.killToAllFired()), seconds(result.killToAssigned()), seconds(result.assignedToAllFired()),
        result.firedByNewOwner(), unfired);
    return result;
  }
  /** Stores count timers of the kind, spread over one whole second far enough ahead to store them all first. */
  private Instant storeDueInOneSecond(MongoTimerStore store, String kind, int count) {
    Instant second = Instant.now().plusMillis(lead(count)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    out.printf("%n[%s] Storing %,d timers due in the second %s...%n", kind.toLowerCase(java.util.Locale.ROOT), count, second);
    insert(store, count, i -> timer(kind, i, second.plusMillis(i % 1000)));
    return second;
  }


  private long lead(int stored) {
    return options.leadMillis() >= 0 ? options.leadMillis() : 15_000 + stored / 50;
  }

  private void insert(MongoTimerStore store, int count, IntFunction<Timer> timer) {
    long started = System.nanoTime();
    List<Timer> batch = new ArrayList<>(10_000);
    for (int i = 0; i < count; i++) {
      batch.add(timer.apply(i));
      if (batch.size() == 10_000) {
        store.scheduleAll(batch);
        batch.clear();
      }
    }
    store.scheduleAll(batch);
    out.printf("  stored %,d in %s%n", count, seconds(Duration.ofNanos(System.nanoTime() - started)));
  }

  private Timer timer(String kind, int i, Instant dueAt) {
    return new Timer(TENANT, kind.toLowerCase() + "-" + i, kind, dueAt, i % options.partitions());
  }

  private static MongoDatabase fresh(MongoClient client, String name) {
    MongoDatabase db = client.getDatabase(name);
    db.drop();
    return db;
  }

  static String ms(long micros) {
    return micros < 10_000 ? "%.2f ms".formatted(micros / 1000.0) : "%,d ms".formatted(micros / 1000);
  }

  static String seconds(Duration d) {
    return "%.2f s".formatted(d.toMillis() / 1000.0);
  }

  static String mib(long bytes) {
    return "%.1f MiB".formatted(bytes / (1024.0 * 1024.0));
  }

  /** A {@link TimerOwner} JVM and what it has said so far. */
  private static final class Owner {
    private final Process process;
    private final Writer stdin;
    private final Map<String, String> said = new ConcurrentHashMap<>();
    private final Object changed = new Object();

    private Owner(Process process) {
      this.process = process;
      this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      Thread reader = new Thread(this::read, "owner-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    static Owner start(TimerBenchmark bench, String database, String countedKind, long expected) throws IOException {
      List<String> command = ChildJvm.javaCommand(bench.options.ownerJvm());
      command.addAll(List.of("-cp", ChildJvm.currentClassPath(), TimerOwner.class.getName(), bench.mongoUri, database,
          String.valueOf(bench.options.partitions()), String.valueOf(bench.options.lookaheadMillis()),
          String.valueOf(bench.options.loadBatch()), countedKind, String.valueOf(expected)));
      Path log = bench.logs.resolve("owner-" + (++bench.owners) + ".log");
      Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
      return new Owner(process);
    }

    private void read() {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          int eq = line.indexOf('=');
          if (eq > 0) {
            said.put(line.substring(0, eq), line.substring(eq + 1));
          } else {
            said.put(line, "");
          }
          synchronized (changed) {
            changed.notifyAll();
          }
        }
      } catch (IOException e) {
        // the owner was killed: its pipe is gone
      } finally {
        synchronized (changed) {
          said.put("exited", "");
          changed.notifyAll();
        }
      }
    }

    void await(String key, Duration deadline) throws InterruptedException {
      awaitCondition(() -> said.containsKey(key), key, deadline);
    }

    void awaitAtLeast(String key, long value, Duration deadline) throws InterruptedException {
      awaitCondition(() -> said.containsKey(key) && Long.parseLong(said.get(key)) >= value, key + " >= " + value, deadline);
    }

    private void awaitCondition(java.util.function.BooleanSupplier done, String what, Duration deadline)
        throws InterruptedException {
      long giveUp = System.nanoTime() + deadline.toNanos();
      synchronized (changed) {
        while (!done.getAsBoolean()) {
          if (said.containsKey("exited")) {
            throw new IllegalStateException("The timer owner exited before " + what + "; see its log");
          }
          long left = giveUp - System.nanoTime();
          if (left <= 0) {
            throw new IllegalStateException("The timer owner did not report " + what + " within " + deadline);
          }
          changed.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
      }
    }

    long longValue(String key) {
      return Long.parseLong(said.get(key));
    }

    long assignedAt() {
      return longValue("assigned.at");
    }

    Lateness stop() throws Exception {
      stdin.write("stop\n");
      stdin.flush();
      await("end", Duration.ofMinutes(2));
      process.waitFor(30, TimeUnit.SECONDS);
      byte[] encoded = Base64.getDecoder().decode(said.get("lateness"));
      return Lateness.of(Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(encoded), 0));
    }

    Instant kill() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL: no shutdown hook, no last write
      Instant at = Instant.now();
      process.waitFor();
      return at;
    }
  }
}
