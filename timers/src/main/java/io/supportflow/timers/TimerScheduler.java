package io.supportflow.timers;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Holds in memory the timers of the partitions this instance owns that fall due soon, and fires
 * them on time. Mongo is the truth: on assignment (start, rebalance, restart after a crash) the
 * due-soon window is loaded from it, so an overdue timer fires at once and none is lost. A firing
 * is recorded only if no one recorded it before; a handler run twice emits the same event id.
 *
 * <p>Reads are bounded: one brings at most {@code loadBatch} timers, the earliest first. When a read
 * is cut off, the next one looks about twice as far ahead as that read reached, and is made only
 * once half of what is held has fired, so a dense look-ahead (a million timers, a herd in one
 * second) is read in turns, never the same timers again and again.
 *
 * <p>Timers fire in batches of at most {@value #FIRE_BATCH}, recorded in one write per batch; the
 * lock is let go between batches, so {@link #schedule} and {@link #cancel} from the consumer
 * threads wait for one batch at most, not for a whole herd.
 *
 * <p>{@link #fireDue()} does the work and can be driven by a test with a controlled clock; {@link
 * #start()} drives it from one background thread that wakes when the next timer is due.
 */
public final class TimerScheduler implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(TimerScheduler.class.getName());
  static final int FIRE_BATCH = 1_000;
  private static final Duration MAX_IDLE = Duration.ofMillis(100);
  private static final Duration MIN_READ_AHEAD = Duration.ofSeconds(1);

  private final TimerStore store;
  private final TimerHandler handler;
  private final Clock clock;
  private final Duration lookahead;
  private final int loadBatch;
  private final Set<Integer> owned = new HashSet<>();
  private final PriorityQueue<Timer> due =
      new PriorityQueue<>(Comparator.comparing(Timer::dueAt).thenComparing(Timer::timerId));
  private final Set<String> queued = new HashSet<>();
  private Instant loadedUntil; // memory holds every owned unfired timer due before this; null: read at once
  private Instant readAt;
  private Duration readAhead;
  private boolean truncated;
  private ScheduledExecutorService driver;
  private volatile boolean closed;
  private volatile BiConsumer<Timer, Duration> firingObserver = (timer, lateness) -> { };
  private volatile FiringContext context = FiringContext.NONE;

  /**
   * @param lookahead how far ahead timers are held in memory; Mongo is read again at half of it
   * @param loadBatch how many timers one read brings; a herd larger than that is read in turns
   */
  public TimerScheduler(
      TimerStore store, TimerHandler handler, Clock clock, Duration lookahead, int loadBatch) {
    this.store = store;
    this.handler = handler;
    this.clock = clock;
    this.lookahead = lookahead;
    this.loadBatch = loadBatch;
    this.readAhead = lookahead;
  }

  public TimerScheduler(TimerStore store, TimerHandler handler, Clock clock, Duration lookahead) {
    this(store, handler, clock, lookahead, 10_000);
  }

  /** Told how late each timer fired after its due time (the operators' lateness histogram). */
  public void observeFirings(BiConsumer<Timer, Duration> observer) {
    this.firingObserver = observer;
  }

  /**
   * What timers keep of the context they are set in (trace, case number) and restore around their
   * firing; nothing unless told.
   */
  public void firingContext(FiringContext context) {
    this.context = context;
  }

  /** Kafka gave this instance these partitions: their timers are now ours to fire. */
  public synchronized void assign(Set<Integer> partitions) {
    owned.addAll(partitions);
    loadedUntil = null; // read again, so the new partitions' overdue timers fire at once
    readAhead = lookahead;
  }

  /** Kafka took these partitions away: their new owner fires them. */
  public synchronized void revoke(Set<Integer> partitions) {
    owned.removeAll(partitions);
    due.removeIf(t -> partitions.contains(t.partition()));
    queued.clear();
    due.forEach(t -> queued.add(t.timerId()));
  }

  /**
   * Stores the timer, with what it keeps of the current context, and, if it is ours and due soon,
   * holds it in memory too.
   */
  public void schedule(Timer timer) {
    Timer kept = withContext(timer);
    synchronized (this) {
      store.schedule(kept);
      holdIfDueSoon(kept);
    }
  }

  /**
   * The timer with what it keeps of the current context, to be stored later with others
   * ({@link #scheduleAll}) after that context is gone.
   */
  public Timer withContext(Timer timer) {
    return context.capture(timer);
  }

  /** Stores timers that already keep their context ({@link #withContext}) together, holding ours due soon. */
  public synchronized void scheduleAll(List<Timer> kept) {
    if (kept.isEmpty()) {
      return;
    }
    store.scheduleAll(kept);
    kept.forEach(this::holdIfDueSoon);
  }

  private void holdIfDueSoon(Timer timer) {
    if (owned.contains(timer.partition()) && loadedUntil != null && timer.dueAt().isBefore(loadedUntil)) {
      enqueue(timer);
    }
  }

  public synchronized void cancel(String caseId, String kind) {
    store.cancel(caseId, kind);
    due.removeIf(t -> t.caseId().equals(caseId) && t.kind().equals(kind));
  }

  /** How many timers are held in memory now (for metrics and benchmarks). */
  public synchronized int held() {
    return due.size();
  }

  /** Fires every timer that is due now; returns how many this call recorded as fired. */
  public int fireDue() {
    int fired = 0;
    while (!closed) {
      Batch batch = nextBatch();
      if (batch.timers().isEmpty()) {
        return fired;
      }
      fired += fire(batch.timers());
    }
    return fired;
  }

  private record Batch(List<Timer> timers) {}

  /** Reads Mongo if it is time to, then takes what is due now, at most one batch. */
  private synchronized Batch nextBatch() {
    Instant now = clock.instant();
    if (readDue(now)) {
      read(now);
    }
    List<Timer> batch = new ArrayList<>();
    while (batch.size() < FIRE_BATCH && !due.isEmpty() && !due.peek().dueAt().isAfter(now)) {
      Timer timer = due.poll();
      queued.remove(timer.timerId());
      batch.add(timer);
    }
    return new Batch(batch);
  }

  private boolean readDue(Instant now) {
    if (loadedUntil == null) {
      return true;
    }
    // Read again once half of what the last read covered has passed...
    Instant halfway = readAt.plus(Duration.between(readAt, loadedUntil).dividedBy(2));
    boolean halfPassed = !now.isBefore(halfway);
    // ...and, after a cut-off read, once half of what it brought has fired: before that, a read
    // would bring the same earliest timers again.
    return truncated ? halfPassed && due.size() <= loadBatch / 2 : halfPassed;
  }

  private void read(Instant now) {
    Instant until = now.plus(readAhead);
    List<Timer> batch = owned.isEmpty() ? List.of() : store.dueBefore(Set.copyOf(owned), until, loadBatch);
    batch.forEach(this::enqueue);
    truncated = batch.size() == loadBatch;
    readAt = now;
    // Only what was read is known: a cut-off read covers up to its last timer.
    loadedUntil = truncated ? batch.getLast().dueAt() : until;
    // A cut-off read shows how far loadBatch timers reach: the next looks about twice as far, so the
    // store matches (and sorts) about two batches, not a whole dense look-ahead; reads that come
    // back short widen it again up to the look-ahead.
    Duration next = truncated ? Duration.between(now, loadedUntil).multipliedBy(2) : readAhead.multipliedBy(2);
    readAhead = next.compareTo(MIN_READ_AHEAD) < 0 ? MIN_READ_AHEAD : next.compareTo(lookahead) > 0 ? lookahead : next;
  }

  /** Runs the handlers, then records the firings in one write; a failed handler leaves its timer. */
  private int fire(List<Timer> batch) {
    List<TimerStore.Firing> firings = new ArrayList<>(batch.size());
    for (Timer timer : batch) {
      try (FiringContext.Scope firing = context.open(timer)) {
        firings.add(new TimerStore.Firing(timer, handler.fire(timer)));
        firingObserver.accept(timer, Duration.between(timer.dueAt(), clock.instant()));
      } catch (Exception e) {
        // Left unfired in Mongo: the next read brings it back and it is tried again.
        LOG.log(Level.WARNING, "Timer " + timer.timerId() + " could not fire yet: " + e.getMessage());
      }
    }
    try {
      return store.markFired(firings, clock.instant());
    } catch (RuntimeException e) {
      // Unrecorded: the next read brings them back and they fire again with the same event ids.
      LOG.log(Level.WARNING, "Firings of " + firings.size() + " timers not recorded yet: " + e.getMessage());
      return 0;
    }
  }

  /** Fires timers from a background thread, waking when the next is due (at least every 100 ms). */
  public synchronized void start() {
    if (driver != null) {
      return;
    }
    driver = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "timer-scheduler");
      t.setDaemon(true);
      return t;
    });
    driver.execute(this::drive);
  }

  private void drive() {
    try {
      fireDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Timer scheduler pass failed; retrying: " + e.getMessage());
    } finally {
      driveAgain();
    }
  }

  private void driveAgain() {
    ScheduledExecutorService current;
    long wait;
    synchronized (this) {
      current = driver;
      wait = MAX_IDLE.toMillis();
      if (!due.isEmpty()) {
        wait = Math.clamp(Duration.between(clock.instant(), due.peek().dueAt()).toMillis(), 1, wait);
      }
    }
    if (current != null && !current.isShutdown()) {
      try {
        current.schedule(this::drive, wait, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        // closed meanwhile
      }
    }
  }

  private void enqueue(Timer timer) {
    if (queued.add(timer.timerId())) {
      due.add(timer);
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (this) {
      if (driver != null) {
        driver.shutdownNow();
        driver = null;
      }
    }
  }
}
