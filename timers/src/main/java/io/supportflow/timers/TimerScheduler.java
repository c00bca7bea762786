package io.supportflow.timers;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Holds in memory the timers of the partitions this instance owns that fall due soon, and fires
 * them on time. Mongo is the truth: on assignment (start, rebalance, restart after a crash) the
 * due-soon window is loaded from it, so an overdue timer fires at once and none is lost. A firing
 * is recorded only if no one recorded it before; a handler run twice emits the same event id.
 *
 * <p>{@link #fireDue()} does the work and can be driven by a test with a controlled clock; {@link
 * #start()} drives it from one background thread.
 */
public final class TimerScheduler implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(TimerScheduler.class.getName());

  private final TimerStore store;
  private final TimerHandler handler;
  private final Clock clock;
  private final Duration lookahead;
  private final int loadBatch;
  private final Set<Integer> owned = new HashSet<>();
  private final PriorityQueue<Timer> due =
      new PriorityQueue<>(Comparator.comparing(Timer::dueAt).thenComparing(Timer::timerId));
  private final Set<String> queued = new HashSet<>();
  private Instant loadedUntil; // null: nothing read yet
  private boolean truncated;
  private ScheduledExecutorService driver;

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
  }

  public TimerScheduler(TimerStore store, TimerHandler handler, Clock clock, Duration lookahead) {
    this(store, handler, clock, lookahead, 10_000);
  }

  /** Kafka gave this instance these partitions: their timers are now ours to fire. */
  public synchronized void assign(Set<Integer> partitions) {
    owned.addAll(partitions);
    loadedUntil = null; // read again, so the new partitions' overdue timers fire at once
  }

  /** Kafka took these partitions away: their new owner fires them. */
  public synchronized void revoke(Set<Integer> partitions) {
    owned.removeAll(partitions);
    due.removeIf(t -> partitions.contains(t.partition()));
    queued.clear();
    due.forEach(t -> queued.add(t.timerId()));
  }

  /** Stores the timer and, if it is ours and due soon, holds it in memory too. */
  public synchronized void schedule(Timer timer) {
    store.schedule(timer);
    if (owned.contains(timer.partition()) && loadedUntil != null && timer.dueAt().isBefore(loadedUntil)) {
      enqueue(timer);
    }
  }

  public synchronized void cancel(String caseId, String kind) {
    store.cancel(caseId, kind);
    due.removeIf(t -> t.caseId().equals(caseId) && t.kind().equals(kind));
  }

  /** Fires every timer that is due now; returns how many this call recorded as fired. */
  public synchronized int fireDue() {
    int fired = 0;
    while (true) {
      Instant now = clock.instant();
      if (truncated || loadedUntil == null || !now.isBefore(loadedUntil.minus(lookahead.dividedBy(2)))) {
        reload(now);
      }
      int before = fired;
      while (!due.isEmpty() && !due.peek().dueAt().isAfter(now)) {
        fired += fire(due.poll());
      }
      // A cut-off read leaves more due timers in Mongo: read on while that makes progress.
      if (!truncated || fired == before) {
        return fired;
      }
    }
  }

  private int fire(Timer timer) {
    queued.remove(timer.timerId());
    try {
      String eventId = handler.fire(timer);
      return store.markFired(timer, eventId, clock.instant()) ? 1 : 0;
    } catch (Exception e) {
      // Left unfired in Mongo: the next reload brings it back and it is tried again.
      LOG.log(Level.WARNING, "Timer " + timer.timerId() + " could not fire yet: " + e.getMessage());
      return 0;
    }
  }

  /** Fires timers from a background thread, waking for the next due timer (at most every 100 ms). */
  public synchronized void start() {
    if (driver != null) {
      return;
    }
    driver = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "timer-scheduler");
      t.setDaemon(true);
      return t;
    });
    driver.scheduleWithFixedDelay(this::fireSafely, 0, 100, TimeUnit.MILLISECONDS);
  }

  private void fireSafely() {
    try {
      fireDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Timer scheduler pass failed; retrying: " + e.getMessage());
    }
  }

  private void reload(Instant now) {
    Instant until = now.plus(lookahead);
    List<Timer> batch = owned.isEmpty() ? List.of() : store.dueBefore(Set.copyOf(owned), until, loadBatch);
    batch.forEach(this::enqueue);
    truncated = batch.size() == loadBatch;
    // Only what was read is known: a cut-off read covers up to its last timer.
    loadedUntil = truncated ? batch.getLast().dueAt() : until;
  }

  private void enqueue(Timer timer) {
    if (queued.add(timer.timerId())) {
      due.add(timer);
    }
  }

  @Override
  public synchronized void close() {
    if (driver != null) {
      driver.shutdownNow();
      driver = null;
    }
  }
}
