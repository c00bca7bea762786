package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseOccurrence;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.timeline.CaseTimers;
import io.supportflow.timeline.TimedCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Kafka poll's unit of work for {@link NotifyCaseChanges}: the cases its events touch and their
 * early events are read once, the use case then reads and changes them in memory in the order of
 * the events, and {@link #commit} saves each changed case and stores the status-mail timers with
 * one write each. Early events are still parked at once (the count that bounds them is the
 * store's), and cleared only after their case is saved, as one event at a time does it.
 *
 * <p>A poll that fails commits nothing: its events are handled again (PollBatch, one at a time)
 * from the cases as stored, and what they did already is done again idempotently: a mail the outbox
 * holds as sent is not sent twice, a timer cancelled is cancelled again.
 */
public final class CasesOfAPoll {

  private final NotifiedCases store;
  private final EarlyEvents earlyStore;
  private final CaseTimers.Cancellable timers;
  private final Map<String, NotifiedCase> known;
  private final Map<String, NotifiedCase> changed = new LinkedHashMap<>();
  private final Map<String, List<CaseOccurrence>> early;
  private final Set<String> cleared = new LinkedHashSet<>();
  private final CaseTimers.Gathered wakeUps;
  private final NotifyCaseChanges changes;

  CasesOfAPoll(NotifyCaseChanges over, Collection<String> caseIds) {
    this.store = over.cases();
    this.earlyStore = over.early();
    this.timers = over.timers();
    this.known = new LinkedHashMap<>(store.findAll(caseIds));
    this.early = new LinkedHashMap<>(earlyStore.ofAll(caseIds));
    this.wakeUps = timers.gather();
    this.changes = new NotifyCaseChanges(new Cases(), new Early(), new Timers(), over.delivery(),
        over.serviceSupportTeam(), over.clock());
  }

  /** The use case over this poll's cases. */
  public NotifyCaseChanges changes() {
    return changes;
  }

  /** Saves the changed cases, then clears the early events applied to them, then stores the timers. */
  public void commit() {
    store.saveAll(changed.values());
    cleared.forEach(earlyStore::clear);
    wakeUps.store();
  }

  private final class Cases implements NotifiedCases {

    @Override
    public Optional<NotifiedCase> find(String caseId) {
      return Optional.ofNullable(changed.getOrDefault(caseId, known.get(caseId)));
    }

    @Override
    public void save(NotifiedCase c) {
      changed.put(c.caseId(), c);
    }
  }

  private final class Early implements EarlyEvents {

    @Override
    public boolean park(CaseOccurrence event, int limit) {
      if (!earlyStore.park(event, limit)) {
        return false;
      }
      List<CaseOccurrence> held = early.computeIfAbsent(event.caseId(), id -> new ArrayList<>());
      if (held.stream().noneMatch(e -> e.eventId().equals(event.eventId()))) {
        held.add(event);
      }
      return true;
    }

    @Override
    public List<CaseOccurrence> of(String caseId) {
      return List.copyOf(early.getOrDefault(caseId, List.of()));
    }

    @Override
    public void clear(String caseId) {
      early.remove(caseId);
      cleared.add(caseId);
    }
  }

  private final class Timers implements CaseTimers.Cancellable {

    @Override
    public void wakeAt(TimedCase c, Instant at) {
      wakeUps.wakeAt(c, at);
    }

    @Override
    public void cancel(String caseId) {
      wakeUps.drop(caseId);
      timers.cancel(caseId);
    }
  }
}
