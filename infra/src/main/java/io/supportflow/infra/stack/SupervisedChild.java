package io.supportflow.infra.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A child kept running the way Kubernetes keeps a container running: when it exits, it is reported
 * and started again after a {@link RestartBackoff} pause, until {@link #close()}; closing stops the
 * restarts first and then the child that runs now, so Ctrl-C also stops a restarted child. The
 * previous run's log is kept beside the new one ({@code <name>.log.previous}).
 */
public final class SupervisedChild implements AutoCloseable {

  private static final Duration STOP_GRACE = Duration.ofSeconds(20);

  private final String name;
  private final Supplier<ChildJvm> start;
  private final RestartBackoff backoff;
  private final Consumer<String> report;
  private final Clock clock;
  private final ScheduledExecutorService restarts;
  private ChildJvm current;
  private int restartCount;
  private boolean closed;

  private SupervisedChild(String name, Supplier<ChildJvm> start, RestartBackoff backoff, Consumer<String> report,
      Clock clock) {
    this.name = name;
    this.start = start;
    this.backoff = backoff;
    this.report = report;
    this.clock = clock;
    this.restarts = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "supervise-" + name);
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Watches {@code running} and, whenever the child exits, starts a new one with {@code start}.
   *
   * @param start starts the child again and returns once it runs (it may wait for readiness; a
   *     failure counts as one more exit)
   * @param report where "exited" and "restarted" lines go
   */
  public static SupervisedChild watch(ChildJvm running, Supplier<ChildJvm> start, RestartBackoff backoff,
      Consumer<String> report, Clock clock) {
    SupervisedChild supervised = new SupervisedChild(running.name(), start, backoff, report, clock);
    supervised.adopt(running);
    return supervised;
  }

  /** The child running now (the latest started). */
  public synchronized ChildJvm current() {
    return current;
  }

  /** How many times the child was started again. */
  public synchronized int restartCount() {
    return restartCount;
  }

  /** Stops restarting; then stops the current child (SIGTERM, then SIGKILL after a grace period). */
  @Override
  public void close() {
    ChildJvm last = stopRestarting();
    if (last != null) {
      last.stop(STOP_GRACE);
    }
  }

  /** Stops restarting and asks the current child to stop, without waiting (see {@link #close()}). */
  public void stopRestartingAndSignal() {
    ChildJvm last = stopRestarting();
    if (last != null) {
      last.process().destroy();
    }
  }

  private ChildJvm stopRestarting() {
    ChildJvm last;
    synchronized (this) {
      closed = true;
      last = current;
    }
    restarts.shutdownNow();
    return last;
  }

  private void adopt(ChildJvm child) {
    // The process's own start (it may have run a while before supervision began), else now.
    Instant startedAt = child.process().info().startInstant().orElseGet(clock::instant);
    synchronized (this) {
      current = child;
    }
    child.process().onExit().thenRun(() -> exited(child, Duration.between(startedAt, clock.instant())));
  }

  private void exited(ChildJvm child, Duration ran) {
    Duration pause;
    synchronized (this) {
      if (closed) {
        return;
      }
      pause = backoff.afterExit(ran);
    }
    report.accept("%s exited with code %d after %d s; starting it again in %d s (log: %s)"
        .formatted(name, child.process().exitValue(), ran.toSeconds(), pause.toSeconds(), child.logFile()));
    keepPreviousLog(child.logFile());
    schedule(pause);
  }

  private void schedule(Duration pause) {
    try {
      restarts.schedule(this::restart, pause.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // Closed meanwhile.
    }
  }

  private void restart() {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    ChildJvm child;
    try {
      child = start.get();
    } catch (RuntimeException e) {
      Duration pause;
      synchronized (this) {
        if (closed) {
          return;
        }
        pause = backoff.afterExit(Duration.ZERO);
      }
      report.accept("%s did not start again (%s); next try in %d s".formatted(name, firstLine(e), pause.toSeconds()));
      schedule(pause);
      return;
    }
    boolean stopAtOnce;
    synchronized (this) {
      stopAtOnce = closed;
      if (!stopAtOnce) {
        restartCount++;
      }
    }
    if (stopAtOnce) {
      child.stop(STOP_GRACE);
      return;
    }
    adopt(child);
    report.accept("%s is running again (restart %d)".formatted(name, restartCount()));
  }

  private static void keepPreviousLog(Path log) {
    try {
      if (Files.exists(log)) {
        Files.move(log, log.resolveSibling(log.getFileName() + ".previous"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // The new run then overwrites it: a lost log is no reason not to restart.
    }
  }

  private static String firstLine(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
