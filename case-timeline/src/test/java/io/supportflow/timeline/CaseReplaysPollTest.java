package io.supportflow.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.infra.testing.TestDatabases;
import io.supportflow.timeline.mongo.MongoTimelineStore;
import io.supportflow.timeline.mongo.PlanTerms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A poll's inputs recorded together and each case replayed once, over the Mongo wire server. */
class CaseReplaysPollTest {

  private static final Instant T0 = Instant.parse("2026-12-07T09:00:00Z");

  private final MongoTimelineStore<String> store =
      new MongoTimelineStore<>(TestDatabases.fresh("replays").getCollection("cases"), PlanTerms.CODEC);

  /** Published outputs as "output id in trace", the trace being the context open when it was published. */
  private final List<String> published = new ArrayList<>();
  private final List<String> wakeUps = new ArrayList<>();
  private int timerWrites;
  private String openTrace;
  /** What each confirmation of a poll's publications found published; a refusal throws instead. */
  private final List<List<String>> confirmations = new ArrayList<>();
  private boolean brokerRefuses;

  /** Publishes one output per activity and wants the case woken an hour after now. */
  private final Replay<String, List<CaseTimeline.Entry>> replay = new Replay<>() {
    @Override
    public List<CaseTimeline.Entry> evaluate(CaseTimeline<String> timeline, Instant now) {
      return timeline.timeline();
    }

    @Override
    public List<Publication> publications(CaseTimeline<String> timeline, List<CaseTimeline.Entry> entries) {
      return entries.stream().map(e -> new Publication("seen-" + e.eventId(),
          () -> published.add("seen-" + e.eventId() + " in " + openTrace))).toList();
    }

    @Override
    public List<Instant> wakeUps(List<CaseTimeline.Entry> entries, Instant now) {
      return List.of(now.plus(Duration.ofHours(1)));
    }
  };

  private final CaseTimers timers = new CaseTimers() {
    @Override
    public void wakeAt(TimedCase c, Instant at) {
      throw new AssertionError("a poll's wake-ups are gathered");
    }

    @Override
    public Gathered gather() {
      List<String> gathered = new ArrayList<>();
      return new Gathered() {
        @Override
        public void wakeAt(TimedCase c, Instant at) {
          gathered.add(c.caseId() + " at " + at + " in " + openTrace);
        }

        @Override
        public void drop(String caseId) {
          throw new AssertionError("a replay cancels nothing");
        }

        @Override
        public void store() {
          timerWrites++;
          wakeUps.addAll(gathered);
        }
      };
    }
  };

  private final CaseReplays<String, List<CaseTimeline.Entry>> replays = new CaseReplays<>(store, replay, timers,
      Clock.fixed(T0, ZoneOffset.UTC), (c, traceparent) -> {
        openTrace = traceparent;
        return () -> openTrace = null;
      }, publishing -> {
        publishing.run();
        if (brokerRefuses) {
          throw new IllegalStateException("refused");
        }
        confirmations.add(List.copyOf(published));
      });

  @Test
  void eachCaseOfAPollIsReplayedOnceInTheTraceOfItsLastInputAndItsWakeUpsStoredTogether() {
    replays.recordAll(List.of(
        decided("c1", "trace-1a"),
        reported("c1", "e1", "trace-1b"),
        decided("c2", "trace-2a"),
        reported("c1", "e2", "trace-1c"),
        reported("c2", "e3", "trace-2b")));

    assertThat(published).containsExactly(
        "seen-e1 in trace-1c", "seen-e2 in trace-1c", "seen-e3 in trace-2b");
    assertThat(timerWrites).isEqualTo(1);
    // Replayed up to the latest instant its inputs name (the activities, a minute after the clock).
    Instant anHourAfter = T0.plusSeconds(60).plus(Duration.ofHours(1));
    assertThat(wakeUps).containsExactly("c1 at " + anHourAfter + " in trace-1c", "c2 at " + anHourAfter + " in trace-2b");
    assertThat(store.find("c1").orElseThrow().published()).containsExactlyInAnyOrder("seen-e1", "seen-e2");
  }

  @Test
  void aRedeliveredPollPublishesNothingNewAndActivitiesBeforeTheDecisionWaitForIt() {
    replays.recordAll(List.of(decided("c1", "t"), reported("c1", "e1", "t"), reported("c3", "e9", "t")));
    published.clear();

    replays.recordAll(List.of(decided("c1", "t"), reported("c1", "e1", "t"), reported("c3", "e9", "t")));

    assertThat(published).as("c1 published before, c3 not decided").isEmpty();
    assertThat(store.find("c3").orElseThrow().timeline()).hasSize(1);

    replays.recordAll(List.of(decided("c3", "t3")));

    assertThat(published).containsExactly("seen-e9 in t3");
  }

  @Test
  void aPollsOutputsAreConfirmedTogetherBeforeTheirIdsAreRecordedAndARefusalRecordsNone() {
    brokerRefuses = true;

    assertThatThrownBy(() -> replays.recordAll(List.of(decided("c1", "t"), reported("c1", "e1", "t"),
        decided("c2", "t"), reported("c2", "e2", "t")))).hasMessage("refused");

    assertThat(published).hasSize(2);
    assertThat(store.find("c1").orElseThrow().published()).as("nothing recorded as published").isEmpty();
    assertThat(timerWrites).as("no wake-ups stored").isZero();

    brokerRefuses = false;
    published.clear();
    replays.recordAll(List.of(decided("c1", "t"), reported("c1", "e1", "t"),
        decided("c2", "t"), reported("c2", "e2", "t")));

    assertThat(confirmations).containsExactly(List.of("seen-e1 in t", "seen-e2 in t"));
    assertThat(store.find("c1").orElseThrow().published()).containsExactly("seen-e1");
    assertThat(timerWrites).isEqualTo(1);
  }

  private static CaseInput<String> decided(String caseId, String traceparent) {
    return new CaseInput.Decided<>(new Decision<>(caseId, "acme", "ACME-" + caseId, "cust", 0, Priority.P2, T0,
        "gold"), traceparent);
  }

  private static CaseInput<String> reported(String caseId, String eventId, String traceparent) {
    return new CaseInput.Reported<>(new ReportedActivity(eventId, caseId, "acme", "ACME-" + caseId, 0,
        Activity.of(T0.plusSeconds(60), Activity.Kind.AGENT_RESPONDED)), traceparent);
  }
}
