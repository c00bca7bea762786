package io.supportflow.console.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Bounds failed sign-ins: after {@code maxFailures} wrong keys from one client within
 * {@code window}, that client is refused until the oldest failure leaves the window, without
 * asking intake. Remembers at most {@code maxClients} clients (the least recently failing are
 * forgotten first), so a flood of addresses cannot grow it without bound.
 */
public final class SignInThrottle {

  private final int maxFailures;
  private final Duration window;
  private final int maxClients;
  private final Clock clock;
  private final LinkedHashMap<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

  public SignInThrottle(int maxFailures, Duration window, int maxClients, Clock clock) {
    if (maxFailures < 1 || maxClients < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("maxFailures and maxClients must be positive, window longer than zero");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.maxClients = maxClients;
    this.clock = clock;
  }

  /** How long the client must wait before it may try again; empty when it may try now. */
  public synchronized Optional<Duration> refusedFor(String client) {
    Deque<Instant> times = recent(client);
    if (times == null || times.size() < maxFailures) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(clock.instant(), times.peekFirst().plus(window)));
  }

  public synchronized void failed(String client) {
    Deque<Instant> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    times.addLast(clock.instant());
    while (times.size() > maxFailures) {
      times.removeFirst();
    }
    Iterator<Map.Entry<String, Deque<Instant>>> eldest = failures.entrySet().iterator();
    while (failures.size() > maxClients && eldest.hasNext()) {
      eldest.next();
      eldest.remove();
    }
  }

  public synchronized void succeeded(String client) {
    failures.remove(client);
  }

  private Deque<Instant> recent(String client) {
    Deque<Instant> times = failures.get(client);
    if (times == null) {
      return null;
    }
    Instant since = clock.instant().minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
      times.removeFirst();
    }
    if (times.isEmpty()) {
      failures.remove(client);
      return null;
    }
    return times;
  }
}
