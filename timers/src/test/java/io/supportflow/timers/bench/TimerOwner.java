package io.supportflow.timers.bench;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.supportflow.timers.MongoTimerStore;
import io.supportflow.timers.Timer;
import io.supportflow.timers.TimerScheduler;
import io.supportflow.timers.TimerStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.bson.conversions.Bson;

/**
 * The JVM that owns the timers in {@link TimerBenchmark}: a real {@link TimerScheduler} over a
 * {@link MongoTimerStore}, assigned every partition at start, as a service after a rebalance. It
 * reports on stdout, one {@code key=value} line each, and stops when it reads {@code stop} (or is
 * killed: that is the crash scenario).
 *
 * <p>Arguments: mongoUri database partitions lookaheadMillis loadBatch countedKind
 * expectedOfCountedKind (-1: until none of that kind is left unfired in Mongo; the crash scenario's
 * successor cannot be told how many its killed predecessor left, since the predecessor's last writes
 * may still land in the store after it died).
 */
public final class TimerOwner {

  private TimerOwner() {}

  public static void main(String[] args) throws Exception {
    String mongoUri = args[0];
    String database = args[1];
    int partitions = Integer.parseInt(args[2]);
    Duration lookahead = Duration.ofMillis(Long.parseLong(args[3]));
    int loadBatch = Integer.parseInt(args[4]);
    String countedKind = args[5];
    long expected = Long.parseLong(args[6]);
    boolean untilNoneLeft = expected < 0;

    // Lateness is recorded for timers due once this owner was ready; earlier ones were overdue
    // when it started (the recovery scenario counts those by time to the last one instead).
    Recorder lateness = new Recorder(3);
    Set<String> counted = ConcurrentHashMap.newKeySet();
    long[] readyAtMicros = {Long.MAX_VALUE};
    long[] doneAtMillis = {0};

    try (MongoClient client = MongoClients.create(mongoUri)) {
      MongoTimerStore mongo = new MongoTimerStore(client.getDatabase(database), Duration.ofDays(7));
      // Counts the firings of the counted kind once they are recorded in Mongo, not just handled.
      TimerStore store = new TimerStore() {
        public void schedule(Timer timer) { mongo.schedule(timer); }
        public void cancel(String caseId, String kind) { mongo.cancel(caseId, kind); }
        public List<Timer> dueBefore(Set<Integer> partitions, Instant before, int limit) {
          return mongo.dueBefore(partitions, before, limit);
        }
        public boolean markFired(Timer timer, String eventId, Instant firedAt) {
          return markFired(List.of(new Firing(timer, eventId)), firedAt) == 1;
        }
        public int markFired(List<Firing> firings, Instant firedAt) {
          int recorded = mongo.markFired(firings, firedAt);
          if (recorded == firings.size()) {
            firings.stream().filter(f -> f.timer().kind().equals(countedKind)).forEach(f -> counted.add(f.timer().timerId()));
          }
          if (counted.size() == expected && doneAtMillis[0] == 0) {
            doneAtMillis[0] = System.currentTimeMillis();
            say("done.at=" + doneAtMillis[0]);
          }
          return recorded;
        }
      };
      var timers = client.getDatabase(database).getCollection("timers");
      Bson unfiredOfKind = and(eq("kind", countedKind), eq("firedAt", null));
      long heapBefore = usedHeapAfterGc();
      TimerScheduler scheduler = new TimerScheduler(store, timer -> {
        Instant now = Instant.now();
        long dueMicros = ChronoUnit.MICROS.between(Instant.EPOCH, timer.dueAt());
        if (dueMicros >= readyAtMicros[0]) {
          lateness.recordValue(Math.max(0, ChronoUnit.MICROS.between(Instant.EPOCH, now) - dueMicros));
        }
        return timer.timerId();
      }, Clock.systemUTC(), lookahead, loadBatch);

      say("heap.before=" + heapBefore);
      long assignedAt = System.currentTimeMillis();
      say("assigned.at=" + assignedAt);
      say("overdue=" + timers.countDocuments(unfiredOfKind));
      scheduler.assign(IntStream.range(0, partitions).boxed().collect(Collectors.toSet()));
      int firedAtAssign = scheduler.fireDue();
      long loadedAt = System.currentTimeMillis();
      readyAtMicros[0] = loadedAt * 1000;
      say("loaded.ms=" + (loadedAt - assignedAt));
      say("fired.at.assign=" + firedAtAssign);
      say("held=" + scheduler.held());
      say("heap.after=" + usedHeapAfterGc());
      if (expected == 0) {
        say("done.at=" + loadedAt);
      }
      scheduler.start();

      ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
      });
      progress.scheduleAtFixedRate(() -> {
        say("counted=" + counted.size());
        if (untilNoneLeft && doneAtMillis[0] == 0 && timers.countDocuments(unfiredOfKind) == 0) {
          doneAtMillis[0] = System.currentTimeMillis();
          say("done.at=" + doneAtMillis[0]);
        }
      }, 200, 200, TimeUnit.MILLISECONDS);

      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null && !line.equals("stop")) {
        // wait for the parent's word
      }
      scheduler.close();
      progress.shutdownNow();
      Histogram histogram = lateness.getIntervalHistogram();
      java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
      int length = histogram.encodeIntoCompressedByteBuffer(buffer);
      say("counted=" + counted.size());
      say("lateness=" + Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length)));
      say("end");
    }
    System.exit(0);
  }

  private static synchronized void say(String line) {
    System.out.println(line);
    System.out.flush();
    System.err.println(Instant.now() + " " + line); // the owner's log
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
