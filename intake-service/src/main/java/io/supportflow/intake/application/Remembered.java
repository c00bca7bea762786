package io.supportflow.intake.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a store answered, remembered for a short while: for what is asked on every request and
 * changes rarely (a tenant, a key's holder, incident rules). An answer is read again once it is
 * {@code freshFor} old, so a change made through another instance applies within that time; one
 * made through this instance applies at once when the writer {@link #forget forgets} it. Nothing
 * found is not remembered: what is created elsewhere works at once, and a wrong guess costs a read.
 *
 * @param <K> what is asked by (never a secret: a key's digest, not the key)
 * @param <V> the answer
 */
public final class Remembered<K, V> {

  private record Answer<V>(V value, Instant readAt) {}

  private final Duration freshFor;
  private final Clock clock;
  private final Map<K, Answer<V>> answers = new ConcurrentHashMap<>();

  public Remembered(Duration freshFor, Clock clock) {
    this.freshFor = freshFor;
    this.clock = clock;
  }

  public Optional<V> get(K key, Function<K, Optional<V>> read) {
    Instant now = clock.instant();
    Answer<V> answer = answers.get(key);
    if (answer != null && now.isBefore(answer.readAt().plus(freshFor))) {
      return Optional.of(answer.value());
    }
    Optional<V> fresh = read.apply(key);
    fresh.ifPresentOrElse(value -> answers.put(key, new Answer<>(value, now)), () -> answers.remove(key));
    return fresh;
  }

  public void forget(K key) {
    answers.remove(key);
  }
}
