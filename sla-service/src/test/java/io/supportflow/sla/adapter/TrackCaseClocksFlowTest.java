package io.supportflow.sla.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.CaseDowntimeMeasured;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.CoverageCalendar;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.Priority;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
import io.supportflow.events.TimeUnit;
import io.supportflow.events.Weekday;
import io.supportflow.events.WeeklyInterval;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.infra.testing.TopicProbe;
import io.supportflow.timeline.testing.ReplayingFlowTest;
import io.supportflow.timeline.testing.StoredTimelines;
import io.supportflow.web.KeyDigest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The live clocks against a real broker, registry and Mongo wire server. Time is a clock the test
 * moves: timers fire when it passes their instant, with no waiting on the wall clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "supportflow.mongodb.database=sla-flow-test")
class TrackCaseClocksFlowTest extends ReplayingFlowTest {

  private static final String KEY = "flow-key-0123456789abcdefghijkl";

  @Autowired MeterRegistry meters;
  private static final ReactionTarget P1_15_MINUTES =
      new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES);

  @DynamicPropertySource
  static void keys(DynamicPropertyRegistry registry) {
    registry.add("supportflow.security.api-key-digests", () -> "acme:agent:" + KeyDigest.of(KEY));
  }

  @Test
  void anUnansweredP1StartsWarnsAndBreachesWhenItsTimeComes() {
    Instant received = now();
    EntitlementDecided decision = SampleDecisions.entitled(newCase(), received, P1_15_MINUTES).build();
    try (TopicProbe events = eventsAfter(decision)) {

      SlaClockChanged started = next(events, decision.getCaseId(), SlaClockChange.STARTED);
      assertThat(started.getClock()).isEqualTo(SlaClockKind.FIRST_RESPONSE);
      assertThat(started.getStartedAt()).isEqualTo(received);
      assertThat(started.getDeadline()).isEqualTo(received.plus(Duration.ofMinutes(15)));
      assertThat(started.getWarningAt()).isEqualTo(received.plus(Duration.ofSeconds(675)));

      CLOCK.advance(Duration.ofMinutes(12));
      SlaClockChanged warning = next(events, decision.getCaseId(), SlaClockChange.WARNING);
      assertThat(warning.getOccurredAt()).isEqualTo(received.plus(Duration.ofSeconds(675)));

      CLOCK.advance(Duration.ofMinutes(4));
      SlaClockChanged breached = next(events, decision.getCaseId(), SlaClockChange.BREACHED);
      assertThat(breached.getOccurredAt()).isEqualTo(received.plus(Duration.ofMinutes(15)));
      assertThat(breached.getMarginMillis()).isZero();
    }
  }

  /**
   * The warning is published by a timer, long after the decision was handled, from the scheduler's
   * own thread; it still belongs to the case's trace, which the timer kept in Mongo.
   */
  @Test
  void aWarningFiredByATimerCarriesTheTraceOfTheDecisionThatSetIt() {
    EntitlementDecided decision = SampleDecisions.entitled(newCase(), now(), P1_15_MINUTES).build();
    String caseId = decision.getCaseId();
    try (TopicProbe events = eventsAfter(decision)) {
      String traceId = traceId(events.awaitRaw(r -> caseId.equals(r.key()), 1, DEADLINE).getFirst());
      assertThat(traceId).matches("[0-9a-f]{32}");
      await().atMost(DEADLINE).until(() -> database.getCollection("timers").countDocuments(
          Filters.and(Filters.eq("caseId", caseId), Filters.regex("traceparent", "^00-" + traceId + "-"))) > 0);

      CLOCK.advance(Duration.ofMinutes(12));
      next(events, caseId, SlaClockChange.WARNING);

      assertThat(events.awaitRaw(r -> caseId.equals(r.key()), 2, DEADLINE))
          .extracting(TrackCaseClocksFlowTest::traceId).containsOnly(traceId);
    }
  }

  /**
   * A poll holding a decision twice, another tenant's decision, a record no one can read and a
   * decision after it: each case gets its clock once, and only the unreadable record is
   * dead-lettered, with the reason, and counted.
   */
  @Test
  void aPollWithARedeliveryAnUnreadableRecordAndTwoTenantsGivesEachCaseItsClockOnce() {
    EntitlementDecided ofAcme = SampleDecisions.entitled(newCase(), now(), P1_15_MINUTES).build();
    EntitlementDecided ofGlobex = SampleDecisions.entitled(newCase(), now(), P1_15_MINUTES).setTenantId("globex")
        .build();
    EntitlementDecided after = SampleDecisions.entitled(newCase(), now(), P1_15_MINUTES).build();
    double deadLettersBefore = deadLetters();
    try (TopicProbe events = STACK.probe("sla.events"); TopicProbe dlq = STACK.probe("sla.dlq")) {
      String unreadable = publishTogether("contracts.entitlements", ofAcme, ofGlobex, ofAcme,
          "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8), after).get(3);

      next(events, ofAcme.getCaseId(), SlaClockChange.STARTED);
      assertThat(next(events, ofGlobex.getCaseId(), SlaClockChange.STARTED).getTenantId()).isEqualTo("globex");
      next(events, after.getCaseId(), SlaClockChange.STARTED);
      ConsumerRecord<String, byte[]> dead = dlq.awaitRaw(r -> unreadable.equals(r.key()), 1, DEADLINE).getFirst();

      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(deadLetters()).as("counted for the dead-letter alert").isGreaterThan(deadLettersBefore);
      assertThat(dlq.rawWithin(Duration.ofMillis(500))).as("only the unreadable record is dead-lettered")
          .extracting(ConsumerRecord::key).doesNotContain(ofAcme.getCaseId(), ofGlobex.getCaseId(), after.getCaseId());
      assertThat(events.rawWithin(Duration.ZERO)).as("the redelivered decision started no second clock")
          .filteredOn(r -> ofAcme.getCaseId().equals(r.key())).hasSize(1);
      assertThat(publishedChanges(ofAcme.getCaseId())).hasSize(1);
    }
  }

  private double deadLetters() {
    var counter = meters.find("supportflow.dlq.records").tag("topic", "sla.dlq").counter();
    return counter == null ? 0 : counter.count();
  }

  private static String traceId(ConsumerRecord<String, byte[]> record) {
    String traceparent = TopicProbe.header(record, "traceparent");
    return traceparent == null ? "none" : traceparent.split("-")[1];
  }

  @Test
  void aPublicResponseMeetsTheClockAndNoBreachFollows() {
    Instant received = now();
    EntitlementDecided decision = SampleDecisions.entitled(newCase(), received, P1_15_MINUTES).build();
    try (TopicProbe events = eventsAfter(decision)) {
      next(events, decision.getCaseId(), SlaClockChange.STARTED);
      STACK.publish(activity(decision, CaseActivity.AGENT_RESPONDED, received.plus(Duration.ofMinutes(10))));

      SlaClockChanged met = next(events, decision.getCaseId(), SlaClockChange.MET);
      assertThat(met.getMarginMillis()).isEqualTo(Duration.ofMinutes(5).toMillis());

      CLOCK.advance(Duration.ofMinutes(20));
      await().atMost(DEADLINE).until(() -> StoredTimelines.timersFired(database, decision.getCaseId()) >= 2);
      assertThat(publishedChanges(decision.getCaseId())).noneMatch(id -> id.contains(":BREACHED:"));
    }
  }

  @Test
  void holdPausesTheClockAndResumeGivesTheDeadlineLaterByTheHold() {
    Instant received = now();
    EntitlementDecided decision = SampleDecisions.entitled(newCase(), received, P1_15_MINUTES).build();
    try (TopicProbe events = eventsAfter(decision)) {
      STACK.publish(activity(decision, CaseActivity.PUT_ON_HOLD, received.plus(Duration.ofMinutes(5))));
      STACK.publish(activity(decision, CaseActivity.RESUMED, received.plus(Duration.ofMinutes(65))));

      next(events, decision.getCaseId(), SlaClockChange.PAUSED);
      SlaClockChanged resumed = next(events, decision.getCaseId(), SlaClockChange.RESUMED);
      assertThat(resumed.getDeadline()).isEqualTo(received.plus(Duration.ofMinutes(75)));
      assertThat(resumed.getCountedMillis()).isEqualTo(Duration.ofMinutes(5).toMillis());
    }
  }

  @Test
  void thePrioritiesTheTermsWorkRoundTheClockCountEveryHourOnceAnAgentResponded() {
    // Covered one hour a week, on Sundays: an update clock counted on it runs for days.
    ReactionTarget p1Update = new ReactionTarget(Priority.P1, ReactionMetric.UPDATE_CADENCE, 60, TimeUnit.BUSINESS_MINUTES);
    Instant received = now();
    Instant responded = received.plus(Duration.ofMinutes(5));
    EntitlementDecided worked = onSundayHours(SampleDecisions.entitled(newCase(), received, p1Update), List.of(Priority.P1));
    EntitlementDecided waiting = onSundayHours(SampleDecisions.entitled(newCase(), received, p1Update), List.of());
    try (TopicProbe events = STACK.probe("sla.events")) {
      for (EntitlementDecided decision : List.of(worked, waiting)) {
        STACK.publish(decision);
        STACK.publish(activity(decision, CaseActivity.AGENT_RESPONDED, responded));
      }

      SlaClockChanged roundTheClock = next(events, worked.getCaseId(), SlaClockChange.STARTED);
      SlaClockChanged onTheCalendar = next(events, waiting.getCaseId(), SlaClockChange.STARTED);
      assertThat(roundTheClock.getClock()).isEqualTo(SlaClockKind.UPDATE);
      assertThat(roundTheClock.getDeadline()).isEqualTo(responded.plus(Duration.ofMinutes(60)));
      assertThat(onTheCalendar.getDeadline().atZone(ZoneId.of("Europe/Amsterdam")).getDayOfWeek())
          .isEqualTo(DayOfWeek.SUNDAY);
    }
  }

  @Test
  void aRedeliveredDecisionOrActivityPublishesNothingNew() {
    Instant received = now();
    EntitlementDecided decision = SampleDecisions.entitled(newCase(), received, P1_15_MINUTES).build();
    CaseActivityRecorded response = activity(decision, CaseActivity.AGENT_RESPONDED, received.plus(Duration.ofMinutes(1)));
    EntitlementDecided marker = SampleDecisions.entitled(newCase(), received, P1_15_MINUTES).build();
    try (TopicProbe events = STACK.probe("sla.events")) {
      deliveredTwiceThen(decision, response, marker);
      next(events, marker.getCaseId(), SlaClockChange.STARTED);

      List<SlaClockChanged> all = events.await(SlaClockChanged.class,
          e -> e.getCaseId().equals(decision.getCaseId()), 2, DEADLINE);
      assertThat(all).extracting(SlaClockChanged::getChange).containsExactly(SlaClockChange.STARTED, SlaClockChange.MET);
      // Recorded just after publishing: wait for the record, then it must be exactly the two.
      await().atMost(DEADLINE).untilAsserted(() -> assertThat(publishedChanges(decision.getCaseId())).hasSize(2));
    }
  }

  @Test
  void aResolvedCaseHasItsDowntimeMeasuredOnceOnSlaDowntimeAndShownWithItsClocks() throws Exception {
    Instant received = now();
    EntitlementDecided decision = SampleDecisions.entitled(newCase(), received, P1_15_MINUTES).build();
    CaseActivityRecorded resolved = activity(decision, CaseActivity.RESOLVED, received.plus(Duration.ofMinutes(50)));
    try (TopicProbe downtime = STACK.probe("sla.downtime"); TopicProbe events = STACK.probe("sla.events")) {
      STACK.publish(decision);
      STACK.publish(activity(decision, CaseActivity.PUT_ON_HOLD, received.plus(Duration.ofMinutes(10))));
      STACK.publish(activity(decision, CaseActivity.RESUMED, received.plus(Duration.ofMinutes(30))));
      STACK.publish(resolved);
      STACK.publish(resolved); // redelivered

      CaseDowntimeMeasured measured = downtime.await(CaseDowntimeMeasured.class,
          e -> e.getCaseId().equals(decision.getCaseId()), 1, DEADLINE).getFirst();
      assertThat(measured.getEventId()).isEqualTo(UUID.nameUUIDFromBytes(
          (decision.getCaseId() + ":downtime:" + resolved.getEventId()).getBytes(StandardCharsets.UTF_8)).toString());
      assertThat(measured.getTenantId()).isEqualTo("acme");
      assertThat(measured.getCaseNumber()).isEqualTo(decision.getCaseNumber());
      assertThat(measured.getCustomerId()).isEqualTo("northwind");
      assertThat(measured.getPriority()).isEqualTo(Priority.P1);
      assertThat(measured.getReceivedAt()).isEqualTo(received);
      assertThat(measured.getResolvedAt()).isEqualTo(received.plus(Duration.ofMinutes(50)));
      assertThat(measured.getOccurredAt()).isEqualTo(measured.getResolvedAt());
      assertThat(measured.getOnHoldMillis()).isEqualTo(Duration.ofMinutes(20).toMillis());
      assertThat(measured.getDowntimeMillis()).isEqualTo(Duration.ofMinutes(30).toMillis());
      ConsumerRecord<String, byte[]> raw = downtime.awaitRaw(r -> decision.getCaseId().equals(r.key()), 1, DEADLINE)
          .getFirst();
      assertThat(raw.value()[0]).as("Confluent magic byte").isZero();

      // A response that arrives late (it happened at +5) is handled after both deliveries of the
      // resolution and shows as MET: by then a second figure would be out.
      STACK.publish(activity(decision, CaseActivity.AGENT_RESPONDED, received.plus(Duration.ofMinutes(5))));
      next(events, decision.getCaseId(), SlaClockChange.MET);
      assertThat(downtime.await(CaseDowntimeMeasured.class, e -> e.getCaseId().equals(decision.getCaseId()), 1, DEADLINE))
          .hasSize(1);
      await().atMost(DEADLINE).untilAsserted(() -> assertThat(publishedChanges(decision.getCaseId()))
          .filteredOn(id -> id.contains(":downtime:"))
          .containsExactly(decision.getCaseId() + ":downtime:" + resolved.getEventId()));
    }
    HttpResponse<String> clocks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/api/v1/cases/" + decision.getCaseId() + "/sla")).header("X-API-Key", KEY).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(clocks.statusCode()).isEqualTo(200);
    assertThat(clocks.body()).contains("\"resolvedAt\":\"" + received.plus(Duration.ofMinutes(50)) + "\"")
        .contains("\"onHold\":\"PT20M\"")
        .contains("\"downtime\":\"PT30M\"");
  }

  @Test
  void anActivityBeforeItsDecisionWaitsForIt() {
    Instant received = now();
    EntitlementDecided decision = SampleDecisions.entitled(newCase(), received, P1_15_MINUTES).build();
    try (TopicProbe events = STACK.probe("sla.events")) {
      STACK.publish(activity(decision, CaseActivity.AGENT_RESPONDED, received.plus(Duration.ofMinutes(3))));
      STACK.publish(decision);

      assertThat(events.await(SlaClockChanged.class, e -> e.getCaseId().equals(decision.getCaseId()), 2, DEADLINE))
          .extracting(SlaClockChanged::getChange).containsExactly(SlaClockChange.STARTED, SlaClockChange.MET);
    }
  }

  @Test
  void aDecisionWithoutTermsStartsNoClock() {
    EntitlementDecided refused = SampleDecisions.notEntitled(newCase(), now()).build();
    // A re-decision of the same case (version 2): a second version 1 would be ignored as a redelivery.
    EntitlementDecided marker = SampleDecisions.entitled(refused.getCaseId(), now(), P1_15_MINUTES)
        .setEventId(UUID.randomUUID().toString()).setVersion(2).build();
    try (TopicProbe events = STACK.probe("sla.events")) {
      STACK.publish(refused);
      STACK.publish(marker); // same case, so same partition, so handled after the refusal

      assertThat(events.await(SlaClockChanged.class, e -> e.getCaseId().equals(refused.getCaseId()), 1, DEADLINE))
          .singleElement().satisfies(e -> assertThat(e.getChange()).isEqualTo(SlaClockChange.STARTED));
    }
  }

  @Test
  void theLiveClocksOfACaseAreVisibleToItsTenantOnly() throws Exception {
    Instant received = now();
    EntitlementDecided decision = SampleDecisions.entitled(newCase(), received, P1_15_MINUTES).build();
    try (TopicProbe events = eventsAfter(decision)) {
      next(events, decision.getCaseId(), SlaClockChange.STARTED);
    }
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> mine = http.send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/api/v1/cases/" + decision.getCaseId() + "/sla")).header("X-API-Key", KEY).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body()).contains("\"clock\":\"FIRST_RESPONSE\"")
        .contains("\"deadline\":\"" + received.plus(Duration.ofMinutes(15)) + "\"");
  }

  @Test
  void theLivePipelineGivesTheSameDeadlinesAsThePreviewForTheSameTimeline() throws Exception {
    Instant received = now();
    ReactionTarget p2Hour = new ReactionTarget(Priority.P2, ReactionMetric.FIRST_RESPONSE, 60, TimeUnit.CLOCK_MINUTES);
    EntitlementDecided decision = SampleDecisions.entitled(newCase(), received, P1_15_MINUTES, p2Hour).build();
    Instant hold = received.plus(Duration.ofMinutes(4));
    Instant resume = received.plus(Duration.ofMinutes(34));
    Instant lowered = received.plus(Duration.ofMinutes(40));
    SlaClockChanged live;
    try (TopicProbe events = eventsAfter(decision)) {
      STACK.publish(activity(decision, CaseActivity.PUT_ON_HOLD, hold));
      STACK.publish(activity(decision, CaseActivity.RESUMED, resume));
      STACK.publish(CaseActivityRecorded.newBuilder(activity(decision, CaseActivity.PRIORITY_CHANGED, lowered))
          .setNewPriority(Priority.P2).setCustomerConsent(true).build());
      live = next(events, decision.getCaseId(), SlaClockChange.RETIMED);
    }

    HttpResponse<String> preview = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/v1/sla/preview"))
        .header("Content-Type", "application/json").header("X-API-Key", KEY)
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"terms": {"calendar": {"zone": "Europe/Amsterdam", "weeklyHours": [{"days":
                ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"], "from": "00:00", "to": "24:00"}]},
               "targets": [{"priority": "P1", "metric": "FIRST_RESPONSE", "amount": 15, "unit": "CLOCK_MINUTES"},
                           {"priority": "P2", "metric": "FIRST_RESPONSE", "amount": 60, "unit": "CLOCK_MINUTES"}]},
             "priority": "P1", "receivedAt": "%s",
             "activities": [{"at": "%s", "kind": "PUT_ON_HOLD"}, {"at": "%s", "kind": "RESUMED"},
                            {"at": "%s", "kind": "PRIORITY_CHANGED", "priority": "P2"}]}"""
            .formatted(received, hold, resume, lowered))).build(), HttpResponse.BodyHandlers.ofString());

    // By the change 4 + 6 minutes are counted; the P2 hour leaves 50 minutes from +40.
    assertThat(live.getDeadline()).isEqualTo(received.plus(Duration.ofMinutes(90)));
    assertThat(preview.body()).contains("\"deadline\":\"" + live.getDeadline() + "\"");
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneFlows() {
    EntitlementDecided next = SampleDecisions.entitled(newCase(), now(), P1_15_MINUTES).build();
    deadLettersTheUnreadableAndGoesOn("sla.dlq", "sla.events", next,
        events -> next(events, next.getCaseId(), SlaClockChange.STARTED));
  }


  private static EntitlementDecided onSundayHours(EntitlementDecided.Builder decision, List<Priority> roundTheClock) {
    return decision.setTerms(ContractTerms.newBuilder(decision.getTerms())
        .setCalendar(CoverageCalendar.newBuilder().setCalendarId("sundays").setZone("Europe/Amsterdam")
            .setWeeklyHours(List.of(new WeeklyInterval(Weekday.SUNDAY, "10:00", "11:00"))).build())
        .setAroundTheClockOnceWorking(roundTheClock)
        .build()).build();
  }

  /**
   * A case first not entitled and re-decided ENTITLED ten minutes later (published by hand, as
   * contracts-service would): its clock starts then, measured from then; the first decision
   * delivered again changes nothing; a third version that no longer entitles it stops the clock.
   */
  @Test
  void aReDecidedCaseHasItsClockStartedAtTheNewDecisionAndStoppedByTheNextOne() {
    Instant received = now();
    String caseId = newCase();
    EntitlementDecided first = SampleDecisions.notEntitled(caseId, received).setPriority(Priority.P3).build();
    Instant raised = received.plus(Duration.ofMinutes(10));
    EntitlementDecided second = reDecided(SampleDecisions.entitled(caseId, received, P1_15_MINUTES), 2, raised,
        first.getOutcome());
    Instant dropped = raised.plus(Duration.ofMinutes(5));
    EntitlementDecided third = reDecided(EntitlementDecided.newBuilder(first).setPriority(Priority.P1), 3, dropped,
        second.getOutcome());
    try (TopicProbe events = STACK.probe("sla.events")) {
      STACK.publish(first);
      CLOCK.advance(Duration.ofMinutes(10));
      STACK.publish(second);

      SlaClockChanged started = next(events, caseId, SlaClockChange.STARTED);
      assertThat(started.getStartedAt()).isEqualTo(raised);
      assertThat(started.getDeadline()).isEqualTo(raised.plus(Duration.ofMinutes(15)));
      assertThat(started.getPriority()).isEqualTo(Priority.P1);

      STACK.publish(first); // redelivered: older than the version held
      STACK.publish(second); // the same version again
      CLOCK.advance(Duration.ofMinutes(5));
      STACK.publish(third);
      SlaClockChanged stopped = next(events, caseId, SlaClockChange.STOPPED);
      assertThat(stopped.getOccurredAt()).isEqualTo(dropped);
      assertThat(stopped.getCountedMillis()).isEqualTo(Duration.ofMinutes(5).toMillis());

      CLOCK.advance(Duration.ofMinutes(30));
      STACK.publish(activity(first, CaseActivity.AGENT_RESPONDED, dropped.plus(Duration.ofMinutes(1))));
      await().atMost(DEADLINE).untilAsserted(() -> assertThat(StoredTimelines.activityKinds(database, "tracked_cases",
          caseId)).containsExactly("AGENT_RESPONDED"));
      assertThat(events.await(SlaClockChanged.class, e -> e.getCaseId().equals(caseId), 2, DEADLINE))
          .extracting(SlaClockChanged::getChange).containsExactly(SlaClockChange.STARTED, SlaClockChange.STOPPED);
      assertThat(publishedChanges(caseId)).hasSize(2);
    }
  }

  private static EntitlementDecided reDecided(EntitlementDecided.Builder decision, int version, Instant from,
      io.supportflow.events.EntitlementOutcome previous) {
    return decision.setEventId(UUID.randomUUID().toString()).setOccurredAt(from.plusSeconds(1)).setVersion(version)
        .setEffectiveFrom(from).setTrigger("PRIORITY_CHANGED").setTriggerEventId(UUID.randomUUID().toString())
        .setPreviousOutcome(previous).build();
  }

  private static SlaClockChanged next(TopicProbe events, String caseId, SlaClockChange change) {
    return events.await(SlaClockChanged.class,
        e -> e.getCaseId().equals(caseId) && e.getChange() == change, 1, DEADLINE).getFirst();
  }

  private List<String> publishedChanges(String caseId) {
    return StoredTimelines.published(database, "tracked_cases", caseId);
  }

  private static CaseActivityRecorded activity(EntitlementDecided d, CaseActivity kind, Instant at) {
    return SampleDecisions.activity(d, kind, at).build();
  }

  @Override
  protected String consumerGroup() {
    return "sla-service";
  }

  @Override
  protected List<String> inputTopics() {
    return List.of("contracts.entitlements", "intake.case-activity");
  }

  private static String newCase() {
    return UUID.randomUUID().toString();
  }

  /** The SLA events from here on, the decision published once the probe reads. */
  private static TopicProbe eventsAfter(EntitlementDecided decision) {
    TopicProbe events = STACK.probe("sla.events");
    STACK.publish(decision);
    return events;
  }
}
