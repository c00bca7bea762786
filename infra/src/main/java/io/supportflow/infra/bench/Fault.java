package io.supportflow.infra.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * What the chaos run does to the platform while the load runs. A service is killed with SIGKILL
 * (its supervisor starts it again); the broker, the registry, the MongoDB wire server or the mail
 * server is frozen with SIGSTOP for the outage and thawed with SIGCONT, which to every client looks
 * like a server that stopped answering, and which keeps the server's data (the mail server keeps
 * its mailboxes in memory only, so killing it would lose the very mails the verdict counts).
 */
public sealed interface Fault {

  /**
   * Something that happened, for the report: what, from when to when (nanoTime), and what came of
   * it (a poison record's dead-letter reason; empty for the others).
   */
  public record Injected(String what, long fromNanos, long untilNanos, String outcome) {
    public Injected(String what, long fromNanos, long untilNanos) {
      this(what, fromNanos, untilNanos, "");
    }
  }

  /** A server of the stack (not a service) that an outage scenario freezes. */
  public enum Server {
    BROKER("broker"), REGISTRY("registry"), MONGO("MongoDB wire server"), MAIL("mail server");

    private final String label;

    Server(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The processes a fault may hit. */
  public interface Victims {
    List<StackProcesses.Named> services();

    /** The server's process, if one runs. */
    Optional<ProcessHandle> server(Server which);
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

  /** The server stops answering for {@code outage}, starting after {@code after}. */
  public record Freeze(Server server, Duration after, Duration outage) implements Fault {
    @Override
    public List<Injected> inject(Victims victims, Supplier<Boolean> running) throws InterruptedException {
      if (!waitUntil(System.nanoTime() + after.toNanos(), running)) {
        return List.of();
      }
      String what = server.label();
      ProcessHandle process = victims.server(server)
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

  /**
   * One record of each {@link PoisonRecord} kind produced every {@code every}, each timed until it
   * shows on its dead-letter topic: it must be dead-lettered (an unreadable one at once, one that
   * fails every retry after the retries) and must not hold up its partition (the load's own cases
   * share the partitions). Each injected entry is named by its kind and runs from the produce to the
   * moment it was seen in the DLQ ({@code untilNanos} is -1 for one never seen within a minute of
   * the load's end); its outcome is the reason the DLQ record carries.
   */
  public record Poison(String bootstrap, List<PoisonRecord> kinds, Duration every) implements Fault {

    public Poison {
      kinds = List.copyOf(kinds);
    }

    @Override
    public List<Injected> inject(Victims victims, Supplier<Boolean> running) throws InterruptedException {
      java.util.Map<String, Long> sent = new java.util.concurrent.ConcurrentHashMap<>();
      java.util.Map<String, PoisonRecord> kindOf = new java.util.concurrent.ConcurrentHashMap<>();
      java.util.Map<String, PoisonWatch.Seen> seen = new java.util.concurrent.ConcurrentHashMap<>();
      String run = Long.toString(System.currentTimeMillis(), 36);
      List<PoisonWatch> watches = new java.util.ArrayList<>();
      try (org.apache.kafka.clients.producer.KafkaProducer<String, byte[]> producer = PoisonWatch.producer(bootstrap)) {
        kinds.stream().map(PoisonRecord::deadLetters).distinct()
            .forEach(dlq -> watches.add(new PoisonWatch(bootstrap, dlq, seen)));
        long next = System.nanoTime() + every.toNanos();
        int n = 0;
        while (waitUntil(next, running)) {
          for (PoisonRecord kind : kinds) {
            String key = "poison-" + run + "-" + n++;
            try {
              producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(kind.topic(), key, kind.value(key)))
                  .get();
            } catch (java.util.concurrent.ExecutionException e) {
              throw new IllegalStateException("Cannot produce the poison record", e);
            }
            sent.put(key, System.nanoTime());
            kindOf.put(key, kind);
          }
          next += every.toNanos();
        }
        long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!seen.keySet().containsAll(sent.keySet()) && System.nanoTime() < giveUp) {
          Thread.sleep(100); // the tool polls its watchers while the last dead letters arrive
        }
      } finally {
        for (PoisonWatch watch : watches) {
          watch.close();
        }
      }
      return sent.entrySet().stream()
          .map(e -> {
            PoisonWatch.Seen dead = seen.get(e.getKey());
            String what = kindOf.get(e.getKey()).toString();
            return dead == null ? new Injected(what, e.getValue(), -1)
                : new Injected(what, e.getValue(), dead.atNanos(), dead.reason());
          })
          .toList();
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
