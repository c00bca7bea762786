package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseOccurrence;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.OutgoingMail;
import io.supportflow.timeline.CaseTimers;
import io.supportflow.timeline.TimedCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The application's ports in memory, recording what the use cases did with them. */
final class InMemoryPorts {

  final Map<String, NotifiedCase> cases = new HashMap<>();
  final Map<String, List<CaseOccurrence>> early = new HashMap<>();
  final List<String> clears = new ArrayList<>();
  /** "wake <instant>" and "cancel <caseId>", in order. */
  final List<String> timeline = new ArrayList<>();
  final List<Instant> wakeUps = new ArrayList<>();
  final List<OutgoingMail> mails = new ArrayList<>();
  int failuresLeft;

  final NotifiedCases caseStore = new NotifiedCases() {
    @Override
    public Optional<NotifiedCase> find(String caseId) {
      return Optional.ofNullable(cases.get(caseId));
    }

    @Override
    public void save(NotifiedCase c) {
      cases.put(c.caseId(), c);
    }
  };

  final EarlyEvents earlyEvents = new EarlyEvents() {
    @Override
    public boolean park(CaseOccurrence a, int limit) {
      List<CaseOccurrence> held = early.computeIfAbsent(a.caseId(), id -> new ArrayList<>());
      if (held.stream().anyMatch(e -> e.eventId().equals(a.eventId()))) {
        return true;
      }
      if (held.size() >= limit) {
        return false;
      }
      return held.add(a);
    }

    @Override
    public List<CaseOccurrence> of(String caseId) {
      return List.copyOf(early.getOrDefault(caseId, List.of()));
    }

    @Override
    public void clear(String caseId) {
      clears.add(caseId);
      early.remove(caseId);
    }
  };

  final CaseTimers.Cancellable timers = new CaseTimers.Cancellable() {
    @Override
    public void wakeAt(TimedCase c, Instant at) {
      wakeUps.add(at);
      timeline.add("wake " + at);
    }

    @Override
    public void cancel(String caseId) {
      timeline.add("cancel " + caseId);
    }

    /** As the durable timers gather them: held until stored, a dropped case's forgotten. */
    @Override
    public Gathered gather() {
      List<Map.Entry<TimedCase, Instant>> gathered = new ArrayList<>();
      return new Gathered() {
        @Override
        public void wakeAt(TimedCase c, Instant at) {
          gathered.add(Map.entry(c, at));
        }

        @Override
        public void drop(String caseId) {
          gathered.removeIf(g -> g.getKey().caseId().equals(caseId));
        }

        @Override
        public void store() {
          gathered.forEach(g -> {
            wakeUps.add(g.getValue());
            timeline.add("wake " + g.getValue());
          });
        }
      };
    }
  };

  final InMemoryOutbox outbox = new InMemoryOutbox();


  final Notifier notifier = mail -> {
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new IllegalStateException("Connection refused");
    }
    mails.add(mail);
  };
}
