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

  /**
   * A record no service can read (not in Confluent's wire format) produced on {@code topic} every
   * {@code every}, each timed until it shows on {@code deadLetters}: an unreadable record must be
   * dead-lettered at once and must not hold up its partition (the load's own requests share the
   * partitions). Each injected entry runs from the produce to the moment it was seen in the DLQ
   * ({@code untilNanos} is -1 for one never seen within a minute of the load's end).
   */
  public record Poison(String bootstrap, String topic, String deadLetters, Duration every) implements Fault {
    @Override
    public List<Injected> inject(Victims victims, Supplier<Boolean> running) throws InterruptedException {
      java.util.Map<String, Long> sent = new java.util.concurrent.ConcurrentHashMap<>();
      java.util.Map<String, Long> seen = new java.util.concurrent.ConcurrentHashMap<>();
      String run = Long.toString(System.currentTimeMillis(), 36);
      try (PoisonWatch watch = new PoisonWatch(bootstrap, deadLetters, seen);
          org.apache.kafka.clients.producer.KafkaProducer<String, byte[]> producer = PoisonWatch.producer(bootstrap)) {
        long next = System.nanoTime() + every.toNanos();
        int n = 0;
        while (waitUntil(next, running)) {
          String key = "poison-" + run + "-" + n++;
          try {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(topic, key,
                "{\"not\":\"avro\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))).get();
          } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Cannot produce the poison record", e);
          }
          sent.put(key, System.nanoTime());
          next += every.toNanos();
        }
        long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!seen.keySet().containsAll(sent.keySet()) && System.nanoTime() < giveUp) {
          Thread.sleep(100); // the tool polls its watcher while the last dead letters arrive
        }
      }
      return sent.entrySet().stream()
          .map(e -> new Injected("poison record", e.getValue(), seen.getOrDefault(e.getKey(), -1L)))
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
