package io.supportflow.console.adapter.persistence;

import io.supportflow.console.application.CaseChanges;
import io.supportflow.console.domain.CaseSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live changes by polling the views' updatedAt per tenant that has listeners: the projection may run
 * in another instance than the page that listens, so nothing in memory would tell this one. Each
 * poll looks back a little before the last change seen (instances' clocks and slow writes) and
 * passes on only what it has not passed on yet.
 */
public final class PolledCaseChanges implements CaseChanges, AutoCloseable {

  /** How far before the last change seen each poll looks again. */
  static final Duration LOOK_BACK = Duration.ofSeconds(5);

  private static final Logger log = LoggerFactory.getLogger(PolledCaseChanges.class);

  /** The summaries of a tenant's cases changed after an instant, oldest change first. */
  @FunctionalInterface
  public interface ChangedSince {
    List<CaseSummary> changedSince(String tenantId, Instant since);
  }

  private final ChangedSince store;
  private final Clock clock;
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("console-case-changes").daemon().factory());
  private final Map<String, Tenant> tenants = new ConcurrentHashMap<>();

  public PolledCaseChanges(ChangedSince store, Clock clock, Duration interval) {
    this.store = store;
    this.clock = clock;
    scheduler.scheduleWithFixedDelay(this::pollAll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public AutoCloseable subscribe(String tenantId, Consumer<CaseSummary> listener) {
    Tenant tenant = tenants.computeIfAbsent(tenantId, id -> new Tenant(clock.instant()));
    tenant.listeners.add(listener);
    return () -> tenant.listeners.remove(listener);
  }

  /** One round over the tenants listened to; the scheduler calls it, tests may too. */
  void pollAll() {
    tenants.forEach((tenantId, tenant) -> {
      if (tenant.listeners.isEmpty()) {
        return;
      }
      try {
        tenant.poll(store.changedSince(tenantId, tenant.watermark.minus(LOOK_BACK)));
      } catch (RuntimeException e) {
        log.warn("Polling the case changes of tenant {} failed; trying again on the next round", tenantId, e);
      }
    });
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }

  private static final class Tenant {
    final List<Consumer<CaseSummary>> listeners = new CopyOnWriteArrayList<>();
    /** The latest change passed on (or the subscription instant). */
    Instant watermark;
    /** Case number to the change last passed on, within the look-back. */
    final Map<String, Instant> passedOn = new HashMap<>();

    Tenant(Instant since) {
      this.watermark = since;
    }

    synchronized void poll(List<CaseSummary> changed) {
      for (CaseSummary summary : changed) {
        Instant at = summary.updatedAt();
        if (at == null || at.equals(passedOn.get(summary.caseNumber())) || !at.isAfter(watermark.minus(LOOK_BACK))) {
          continue;
        }
        passedOn.put(summary.caseNumber(), at);
        if (at.isAfter(watermark)) {
          watermark = at;
        }
        for (Consumer<CaseSummary> listener : listeners) {
          try {
            listener.accept(summary);
          } catch (RuntimeException e) {
            log.warn("A listener of case changes failed on case {}", summary.caseNumber(), e);
          }
        }
      }
      passedOn.values().removeIf(at -> at.isBefore(watermark.minus(LOOK_BACK)));
    }
  }
}
