package io.supportflow.infra.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What the chaos run does to the platform while the load runs. A service is killed with SIGKILL
 * (its supervisor starts it again); the broker or the registry is frozen with SIGSTOP for the
 * outage and thawed with SIGCONT, which to every client looks like a server that stopped answering.
 */
public sealed interface Fault {

  /** Something that happened, for the report: what, and from when to when (nanoTime). */
  public record Injected(String what, long fromNanos, long untilNanos) {}

  /** The processes a fault may hit. */
  public interface Victims {
    List<StackProcesses.Named> services();


    Optional<ProcessHandle> broker();

    Optional<ProcessHandle> registry();
  }

  /**
   * Injects this fault while {@code running} says the load still runs; returns what it did. Runs on
   * its own thread.
   */
  List<Injected> inject(Victims victims, Supplier<Boolean> running) throws InterruptedException;

  /** SIGKILL of a random service every {@code every}, the first after {@code every}. */
  public record KillServices(Duration every, long seed) implements Fault {
    @Override
    public List<Injected> inject(Victims victims, Supplier<Boolean> running) throws InterruptedException {
      Random random = new Random(seed);
      List<Injected> done = new java.util.ArrayList<>();
      long next = System.nanoTime() + every.toNanos();
      while (waitUntil(next, running)) {
        List<StackProcesses.Named> alive = victims.services();
        if (!alive.isEmpty()) {
          StackProcesses.Named victim = alive.get(random.nextInt(alive.size()));
          victim.process().destroyForcibly();
          long now = System.nanoTime();
          done.add(new Injected("killed " + victim.name(), now, now));
        }
        next += every.toNanos();
      }
      return done;
    }
  }

  /** The broker (or the registry) stops answering for {@code outage}, starting after {@code after}. */
  public record Freeze(String what, Duration after, Duration outage) implements Fault {
    @Override
    public List<Injected> inject(Victims victims, Supplier<Boolean> running) throws InterruptedException {
      if (!waitUntil(System.nanoTime() + after.toNanos(), running)) {
        return List.of();
      }
      ProcessHandle process = (what.equals("broker") ? victims.broker() : victims.registry())
          .orElseThrow(() -> new IllegalStateException("No running " + what + " found"));
      long from = System.nanoTime();
      Thread thaw = new Thread(() -> signal(process, "CONT"), "chaos-thaw");
      Runtime.getRuntime().addShutdownHook(thaw); // never leave it frozen, even if this run dies
      signal(process, "STOP");
      try {
        Thread.sleep(outage.toMillis()); // the outage itself: this is the fault, not a synchronisation
      } finally {
        signal(process, "CONT");
        Runtime.getRuntime().removeShutdownHook(thaw);
      }
      return List.of(new Injected(what + " frozen for " + outage.toSeconds() + " s", from, System.nanoTime()));
    }

    private static void signal(ProcessHandle process, String signal) {
      try {
        int code = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        if (code != 0) {
          throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited with " + code);
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot signal " + process.pid(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Waits until the nanoTime {@code when}; false if the load ended first. */
  private static boolean waitUntil(long when, Supplier<Boolean> running) throws InterruptedException {
    while (running.get()) {
      long left = when - System.nanoTime();
      if (left <= 0) {
        return true;
      }
      Thread.sleep(Math.min(200, Math.max(1, left / 1_000_000))); // pacing the fault schedule
    }
    return false;
  }
}
