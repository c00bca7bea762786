package io.supportflow.intake.adapter.messaging;

import io.supportflow.intake.application.Announcements;
import io.supportflow.intake.application.OpenedCase;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Announces stored cases off the request threads: a request hands its case over and answers, and
 * one announcing thread takes what has gathered meanwhile and announces it together (one produce
 * request and one write for many cases under load, one each when idle). The case is stored first,
 * so a full queue or a process that dies with cases queued loses nothing: they are still pending,
 * and the relay announces them after its grace period.
 */
public final class QueuedAnnouncements implements Announcements, AutoCloseable {

  private static final System.Logger LOG = System.getLogger(QueuedAnnouncements.class.getName());
  private static final Duration IDLE_CHECK = Duration.ofMillis(200);

  private final BlockingQueue<OpenedCase> queued;
  private final Consumer<List<OpenedCase>> announceAll;
  private final int mostAtOnce;
  private final Duration drainOnClose;
  private final Supplier<String> currentTraceparent;
  private final Thread announcer;
  private final AtomicBoolean full = new AtomicBoolean();
  private volatile boolean closing;

  /**
   * @param currentTraceparent the trace of the request handing a case over, which its announcement continues
   * @param announceAll announces a batch; it does not throw (what fails is left to the relay)
   * @param capacity how many cases may wait; more are left to the relay
   * @param mostAtOnce the most cases announced together
   * @param drainOnClose how long closing waits for the queued cases to be announced
   */
  public QueuedAnnouncements(Supplier<String> currentTraceparent, Consumer<List<OpenedCase>> announceAll,
      int capacity, int mostAtOnce, Duration drainOnClose) {
    this.currentTraceparent = currentTraceparent;
    this.queued = new ArrayBlockingQueue<>(capacity);
    this.announceAll = announceAll;
    this.mostAtOnce = mostAtOnce;
    this.drainOnClose = drainOnClose;
    this.announcer = Thread.ofPlatform().name("case-announcer").daemon().start(this::announceWhatGathers);
  }

  @Override
  public void announce(OpenedCase opened) {
    OpenedCase traced = opened.traceparent() != null ? opened : new OpenedCase(opened.supportCase(),
        opened.requestEventId(), opened.correlationKey(), opened.originKey(), currentTraceparent.get());
    if (closing) {
      LOG.log(Level.INFO, "Case " + opened.supportCase().caseNumber()
          + " stored while the announcer closes; the relay will announce it");
    } else if (!queued.offer(traced) && full.compareAndSet(false, true)) {
      // Once per overflow, not per case: under a surge every request would log it.
      LOG.log(Level.WARNING, "The announcer is full (" + queued.size()
          + " cases waiting); new cases are left to the relay until it has room again");
    }
  }

  /** How many stored cases wait to be announced. */
  public int waiting() {
    return queued.size();
  }

  private void announceWhatGathers() {
    while (!closing || !queued.isEmpty()) {
      try {
        OpenedCase first = queued.poll(IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        List<OpenedCase> gathered = new ArrayList<>(List.of(first));
        queued.drainTo(gathered, mostAtOnce - 1);
        if (full.compareAndSet(true, false)) {
          LOG.log(Level.INFO, "The announcer has room again");
        }
        announceAll.accept(gathered);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Nothing may end the announcer: the batch stays pending for the relay.
        LOG.log(Level.WARNING, "Announcing a batch failed; the relay will announce it: " + e.getMessage());
      }
    }
  }

  /** Stops taking cases and announces those queued, for at most drainOnClose; the rest the relay announces. */
  @Override
  public void close() {
    closing = true;
    try {
      announcer.join(drainOnClose);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (announcer.isAlive()) {
      announcer.interrupt();
    }
  }
}
