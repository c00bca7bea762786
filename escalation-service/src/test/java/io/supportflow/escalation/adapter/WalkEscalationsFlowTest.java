package io.supportflow.escalation.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.ContractTerms;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationLevel;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.Priority;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.RosterEntry;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.TimeUnit;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The live walk against a real broker, registry and Mongo wire server. Time is a clock the test
 * moves: timers fire when it passes a level's due time, with no waiting on the wall clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "supportflow.mongodb.database=escalation-flow-test")
class WalkEscalationsFlowTest extends ReplayingFlowTest {

  private static final String KEY = "flow-key-0123456789abcdefghijkl";
  private static final String OTHER_KEY = "other-key-0123456789abcdefghijk";
  private static final String TSM = "Technical Support Manager";
  private static final String CRM = "Customer Relations Manager";
  private static final List<RosterEntry> ROSTER = List.of(
      new RosterEntry(TSM, "Tessa Manager", "tessa@acme.example"),
      new RosterEntry(CRM, "Carl Relations", "carl@acme.example"),
      new RosterEntry("CTO", "Chief Tech", "cto@acme.example"));

  @DynamicPropertySource
  static void keys(DynamicPropertyRegistry registry) {
    registry.add("supportflow.security.api-key-digests",
        () -> "acme:agent:" + KeyDigest.of(KEY) + ",globex:agent:" + KeyDigest.of(OTHER_KEY));
  }

  @Test
  void anUnresolvedP1RaisesTheTsmAtOnceTheCrmAfterAnHourAndTheCtoAfterFour() {
    Instant received = now();
    EntitlementDecided decision = carrierGrade(received, Priority.P1);
    try (TopicProbe events = eventsAfter(decision)) {
      EscalationRaised tsm = raised(events, decision.getCaseId(), 1).getFirst();
      assertThat(tsm).isEqualTo(EscalationRaised.newBuilder()
          .setEventId(eventId(decision.getCaseId() + ":1:" + TSM + ":" + received.toEpochMilli()))
          .setOccurredAt(received).setTenantId("acme").setCaseId(decision.getCaseId())
          .setCaseNumber(decision.getCaseNumber()).setPriority(Priority.P1).setLevel(1).setRole(TSM)
          .setPersonName("Tessa Manager").setPersonEmail("tessa@acme.example")
          .setReason("P1 case escalated on receipt").build());

      CLOCK.advance(Duration.ofMinutes(61));
      EscalationRaised crm = raised(events, decision.getCaseId(), 2).get(1);
      assertThat(crm.getLevel()).isEqualTo(2);
      assertThat(crm.getRole()).isEqualTo(CRM);
      assertThat(crm.getPersonEmail()).isEqualTo("carl@acme.example");
      assertThat(crm.getOccurredAt()).isEqualTo(received.plus(Duration.ofHours(1)));
      assertThat(crm.getReason()).isEqualTo("P1 not resolved within 1 hour");

      CLOCK.advance(Duration.ofHours(3));
      EscalationRaised cto = raised(events, decision.getCaseId(), 3).get(2);
      assertThat(cto.getLevel()).isEqualTo(3);
      assertThat(cto.getPersonName()).isEqualTo("Chief Tech");
      assertThat(cto.getOccurredAt()).isEqualTo(received.plus(Duration.ofHours(4)));
    }
  }

  @Test
  void resolutionStopsTheWalk() {
    Instant received = now();
    EntitlementDecided decision = carrierGrade(received, Priority.P1);
    try (TopicProbe events = eventsAfter(decision)) {
      raised(events, decision.getCaseId(), 1);
      STACK.publish(activity(decision, CaseActivity.RESOLVED, received.plus(Duration.ofMinutes(20))));
      // Recorded before the clock passes the next level, or that level would be due first.
      await().atMost(DEADLINE).until(() -> StoredTimelines.activityKinds(database, "escalated_cases", decision.getCaseId())
          .contains("RESOLVED"));

      CLOCK.advance(Duration.ofMinutes(90));
      await().atMost(DEADLINE).until(() -> StoredTimelines.timersFired(database, decision.getCaseId()) >= 1);
      await().atMost(DEADLINE).untilAsserted(() -> assertThat(publishedLevels(decision.getCaseId())).hasSize(1)); // recorded after publishing
      assertThat(raised(events, decision.getCaseId(), 1)).hasSize(1);
    }
  }

  @Test
  void raisingAP3ToP1AfterTwoHoursFiresThePassedP1LevelsAtOnceAndOnce() {
    Instant received = now();
    EntitlementDecided decision = carrierGrade(received, Priority.P3);
    CaseActivityRecorded raise = CaseActivityRecorded.newBuilder(
            activity(decision, CaseActivity.PRIORITY_CHANGED, received.plus(Duration.ofHours(2))))
        .setNewPriority(Priority.P1).setPreviousPriority(Priority.P3).setCustomerConsent(true).build();
    try (TopicProbe events = eventsAfter(decision)) {
      CLOCK.advance(Duration.ofHours(2));
      STACK.publish(raise);
      STACK.publish(raise);

      List<EscalationRaised> fired = raised(events, decision.getCaseId(), 2);
      assertThat(fired).extracting(EscalationRaised::getRole).containsExactly(TSM, CRM);
      assertThat(fired).extracting(EscalationRaised::getOccurredAt).containsOnly(received.plus(Duration.ofHours(2)));
      assertThat(fired).extracting(EscalationRaised::getPriority).containsOnly(Priority.P1);

      CLOCK.advance(Duration.ofHours(2).plusMinutes(1));
      List<EscalationRaised> all = raised(events, decision.getCaseId(), 3);
      assertThat(all).extracting(EscalationRaised::getRole).containsExactly(TSM, CRM, "CTO");
      assertThat(all.get(2).getOccurredAt()).isEqualTo(received.plus(Duration.ofHours(4)));
      await().atMost(DEADLINE).untilAsserted(() -> assertThat(publishedLevels(decision.getCaseId())).hasSize(3)); // recorded after publishing
    }
  }

  @Test
  void levelsTheTermsCarryAreWalkedInsteadOfTheDefault() {
    Instant received = now();
    EntitlementDecided base = carrierGrade(received, Priority.P2);
    EntitlementDecided decision = EntitlementDecided.newBuilder(base)
        .setTerms(ContractTerms.newBuilder(base.getTerms()).setEscalationMatrixId("acme-own")
            .setEscalationLevels(List.of(new EscalationLevel(Priority.P2, 30, TimeUnit.CLOCK_MINUTES, "Duty Manager")))
            .build())
        .build();
    try (TopicProbe events = eventsAfter(decision)) {
      CLOCK.advance(Duration.ofMinutes(31));

      EscalationRaised duty = raised(events, decision.getCaseId(), 1).getFirst();
      assertThat(duty.getRole()).isEqualTo("Duty Manager");
      assertThat(duty.getPersonName()).isNull();
      assertThat(duty.getReason()).isEqualTo("P2 not resolved within 30 minutes");
    }
  }

  @Test
  void anSlaBreachRaisesTheNextLevelAtOnceWhenTheTenantSaysSo() {
    Instant received = now();
    EntitlementDecided sample = carrierGrade(received, Priority.P1);
    EntitlementDecided decision = EntitlementDecided.newBuilder(sample)
        .setTerms(ContractTerms.newBuilder(sample.getTerms()).setRaiseOnBreach(true).build()).build();
    Instant breach = received.plus(Duration.ofMinutes(15));
    try (TopicProbe events = eventsAfter(decision)) {
      raised(events, decision.getCaseId(), 1);
      STACK.publish(breached(decision, breach));

      EscalationRaised crm = raised(events, decision.getCaseId(), 2).get(1);
      assertThat(crm.getRole()).isEqualTo(CRM);
      assertThat(crm.getOccurredAt()).isEqualTo(breach);
      assertThat(crm.getReason()).isEqualTo("P1 SLA breached");
    }
  }

  @Test
  void aRedeliveredDecisionOrActivityPublishesNothingNew() {
    Instant received = now();
    EntitlementDecided decision = carrierGrade(received, Priority.P1);
    CaseActivityRecorded note = activity(decision, CaseActivity.AGENT_RESPONDED, received.plus(Duration.ofMinutes(1)));
    EntitlementDecided marker = carrierGrade(received, Priority.P1);
    try (TopicProbe events = STACK.probe("escalation.events")) {
      deliveredTwiceThen(decision, note, marker);
      raised(events, marker.getCaseId(), 1);

      assertThat(raised(events, decision.getCaseId(), 1)).hasSize(1);
      await().atMost(DEADLINE).untilAsserted(() -> assertThat(publishedLevels(decision.getCaseId())).hasSize(1)); // recorded after publishing
    }
  }

  @Test
  void aRefusedRequestIsNotEscalated() {
    EntitlementDecided refused = SampleDecisions.notEntitled(UUID.randomUUID().toString(), now()).build();
    // A re-decision of the same case (version 2): a second version 1 would be ignored as a redelivery.
    EntitlementDecided marker = EntitlementDecided.newBuilder(carrierGrade(now(), Priority.P1))
        .setCaseId(refused.getCaseId()).setVersion(2).build();
    try (TopicProbe events = STACK.probe("escalation.events")) {
      STACK.publish(refused);
      STACK.publish(marker); // same case, so same partition, so handled after the refusal

      assertThat(raised(events, refused.getCaseId(), 1)).singleElement()
          .satisfies(e -> assertThat(e.getOccurredAt()).isEqualTo(marker.getReceivedAt()));
    }
  }

  /**
   * A case first not entitled and re-decided ENTITLED at P1 ten minutes later (published by hand,
   * as contracts-service would): its walk starts then, the TSM told at once and the CRM an hour
   * after the new decision; a third version that no longer entitles it stops the walk before the
   * CTO; the earlier versions delivered again change nothing.
   */
  @Test
  void aReDecidedCaseIsWalkedFromItsNewDecisionAndStoppedByTheNext() {
    Instant received = now();
    EntitlementDecided entitled = carrierGrade(received, Priority.P1);
    String caseId = entitled.getCaseId();
    EntitlementDecided first = SampleDecisions.notEntitled(caseId, received).setPriority(Priority.P3).build();
    Instant raised = received.plus(Duration.ofMinutes(10));
    EntitlementDecided second = EntitlementDecided.newBuilder(entitled).setEventId(UUID.randomUUID().toString())
        .setVersion(2).setEffectiveFrom(raised).setTrigger("PRIORITY_CHANGED").build();
    Instant dropped = raised.plus(Duration.ofMinutes(90));
    EntitlementDecided third = EntitlementDecided.newBuilder(first).setEventId(UUID.randomUUID().toString())
        .setPriority(Priority.P1).setVersion(3).setEffectiveFrom(dropped).setTrigger("CONTRACT_CHANGED").build();
    try (TopicProbe events = STACK.probe("escalation.events")) {
      STACK.publish(first);
      CLOCK.advance(Duration.ofMinutes(10));
      STACK.publish(second);
      EscalationRaised tsm = raised(events, caseId, 1).getFirst();
      assertThat(tsm.getRole()).isEqualTo(TSM);
      assertThat(tsm.getOccurredAt()).isEqualTo(raised);

      STACK.publish(first);
      STACK.publish(second);
      CLOCK.advance(Duration.ofMinutes(61));
      EscalationRaised crm = raised(events, caseId, 2).get(1);
      assertThat(crm.getRole()).isEqualTo(CRM);
      assertThat(crm.getOccurredAt()).isEqualTo(raised.plus(Duration.ofHours(1)));

      CLOCK.advance(Duration.ofMinutes(30));
      STACK.publish(third);
      // Recorded before the clock passes the CTO's level, or that level would be due first.
      await().atMost(DEADLINE).until(() -> StoredTimelines.decisionVersion(database, "escalated_cases", caseId) == 3);
      CLOCK.advance(Duration.ofHours(4));
      STACK.publish(activity(entitled, CaseActivity.RESOLVED, dropped.plus(Duration.ofHours(4))));
      await().atMost(DEADLINE).untilAsserted(() -> assertThat(StoredTimelines.activityKinds(database,
          "escalated_cases", caseId)).isNotEmpty());
      assertThat(publishedLevels(caseId)).hasSize(2);
      assertThat(raised(events, caseId, 2)).extracting(EscalationRaised::getRole).containsExactly(TSM, CRM);
    }
  }

  @Test
  void theWalkOfACaseIsVisibleToItsTenantOnly() throws Exception {
    Instant received = now();
    EntitlementDecided decision = carrierGrade(received, Priority.P1);
    try (TopicProbe events = eventsAfter(decision)) {
      raised(events, decision.getCaseId(), 1);
    }

    HttpResponse<String> mine = get(decision.getCaseId(), KEY);
    assertThat(mine.statusCode()).isEqualTo(200);
    // One level reached, two ahead; field order is the JSON mapper's business, so fragments are checked.
    assertThat(mine.body())
        .contains("\"reachedAt\":\"" + received + "\"")
        .contains("\"reason\":\"P1 case escalated on receipt\"")
        .contains("\"email\":\"tessa@acme.example\"")
        .contains("\"email\":\"carl@acme.example\"")
        .contains("\"dueAt\":\"" + received.plus(Duration.ofHours(1)) + "\"")
        .contains("\"dueAt\":\"" + received.plus(Duration.ofHours(4)) + "\"")
        .contains("\"resolved\":false");

    HttpResponse<String> theirs = get(decision.getCaseId(), OTHER_KEY);
    assertThat(theirs.statusCode()).isEqualTo(404);
    assertThat(theirs.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

    assertThat(get(decision.getCaseId(), "not-a-key").statusCode()).isEqualTo(401);
    assertThat(get(UUID.randomUUID().toString(), KEY).statusCode()).isEqualTo(404);
  }

  @Test
  void theApiDescriptionIsPublic() throws Exception {
    HttpResponse<String> docs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("/api/v1/cases/{caseId}/escalations");
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneFlows() {
    EntitlementDecided next = carrierGrade(now(), Priority.P1);
    deadLettersTheUnreadableAndGoesOn("escalation.dlq", "escalation.events", next,
        events -> raised(events, next.getCaseId(), 1));
  }


  private HttpResponse<String> get(String caseId, String key) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            "http://localhost:" + port + "/api/v1/cases/" + caseId + "/escalations")).header("X-API-Key", key).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static List<EscalationRaised> raised(TopicProbe events, String caseId, int count) {
    return events.await(EscalationRaised.class, e -> e.getCaseId().equals(caseId), count, DEADLINE);
  }

  private List<String> publishedLevels(String caseId) {
    return StoredTimelines.published(database, "escalated_cases", caseId);
  }

  /** A request on a carrier-grade contract, the tenant's roster in the terms. */
  private static EntitlementDecided carrierGrade(Instant received, Priority priority) {
    EntitlementDecided d = SampleDecisions.entitled(UUID.randomUUID().toString(), received).setPriority(priority).build();
    return EntitlementDecided.newBuilder(d)
        .setTerms(ContractTerms.newBuilder(d.getTerms()).setRoster(ROSTER).build())
        .build();
  }

  private static CaseActivityRecorded activity(EntitlementDecided d, CaseActivity kind, Instant at) {
    return SampleDecisions.activity(d, kind, at).build();
  }

  private static SlaClockChanged breached(EntitlementDecided d, Instant at) {
    return SampleDecisions.clockChange(d, SlaClockChange.BREACHED, at)
        .setTarget(new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES))
        .setDeadline(at)
        .setMarginMillis(0L)
        .build();
  }

  private static String eventId(String levelId) {
    return UUID.nameUUIDFromBytes(levelId.getBytes(StandardCharsets.UTF_8)).toString();
  }

  @Override
  protected String consumerGroup() {
    return "escalation-service";
  }

  @Override
  protected List<String> inputTopics() {
    return List.of("contracts.entitlements", "intake.case-activity", "sla.events");
  }

  /** The escalation events from here on, the decision published once the probe reads. */
  private static TopicProbe eventsAfter(EntitlementDecided decision) {
    TopicProbe events = STACK.probe("escalation.events");
    STACK.publish(decision);
    return events;
  }
}
