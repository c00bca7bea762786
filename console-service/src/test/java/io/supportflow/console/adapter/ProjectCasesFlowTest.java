package io.supportflow.console.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import io.supportflow.console.adapter.persistence.MongoCaseViews;
import io.supportflow.console.domain.CaseView;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.CaseDowntimeMeasured;
import io.supportflow.events.Channel;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.Priority;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.Reporter;
import io.supportflow.events.RequestReceived;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.SlaClockKind;
import io.supportflow.events.TimeUnit;
import io.supportflow.infra.stack.TopicSetup;
import io.supportflow.infra.testing.CoPartitioning;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.infra.testing.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The projection over the real broker: what the seven case topics say of a case ends in its view. */
class ProjectCasesFlowTest extends ConsoleServiceTest {

  private static final List<String> CASE_TOPICS = List.of("intake.requests", "intake.case-activity",
      "contracts.entitlements", "sla.events", "sla.downtime", "escalation.events", "notification.events",
      "intake.incidents");
  private static final Instant RECEIVED = Instant.parse("2026-03-02T08:00:00Z");
  private static final AtomicInteger NUMBERS = new AtomicInteger(1000);

  @Autowired MongoCaseViews views;
  @Autowired MongoDatabase database;

  @Test
  void everyCaseTopicIsReadByOneConsumerPerPartitionNumber() {
    await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertThat(
        CoPartitioning.whatIsNotCoAssigned(STACK.kafkaBootstrapServers(), "console-service", CASE_TOPICS,
            TopicSetup.DEFAULT_PARTITIONS)).isEmpty());
  }

  @Test
  void whatEveryTopicSaysOfACaseMeetsInItsViewWhateverTheOrder() {
    String caseId = UUID.randomUUID().toString();
    String number = "FLOW-" + NUMBERS.incrementAndGet();
    // The clock and the mail come before the request they are about.
    publish("sla.events", clock(caseId, number, SlaClockChange.STARTED, RECEIVED.plusSeconds(2)));
    publish("notification.events", mail(caseId, number));
    publish("intake.requests", request(caseId, number));
    publish("contracts.entitlements", decision(caseId, number));
    publish("intake.case-activity", activity(caseId, number, CaseActivity.AGENT_RESPONDED, "OPEN", 10));
    publish("sla.events", clock(caseId, number, SlaClockChange.MET, RECEIVED.plus(Duration.ofMinutes(10))));
    publish("escalation.events", escalation(caseId, number));
    publish("intake.case-activity", activity(caseId, number, CaseActivity.RESOLVED, "RESOLVED", 60));
    publish("sla.downtime", downtime(caseId, number));

    CaseView view = awaitView(number, v -> v.mails().size() == 1 && v.escalations().size() == 1
        && v.thread().size() == 3 && v.decision() != null && v.clocks().size() == 1
        && v.clocks().getFirst().state().equals("MET") && v.status().equals("RESOLVED"));

    assertThat(view.tenantId()).isEqualTo("flow");
    assertThat(view.channel()).isEqualTo("PHONE");
    assertThat(view.subject()).isEqualTo("Checkout is down");
    assertThat(view.customerId()).isEqualTo("northwind");
    assertThat(view.decision().planName()).isEqualTo("infra-24x7");
    assertThat(view.thread()).extracting(CaseView.ThreadEntry::kind)
        .containsExactly("REQUEST", "AGENT_RESPONDED", "RESOLVED");
    assertThat(view.clocks().getFirst().history()).extracting(CaseView.ClockMoment::change)
        .containsExactly("STARTED", "MET");
    assertThat(view.escalations().getFirst().role()).isEqualTo("TEAM_LEAD");
    assertThat(view.mails().getFirst().kind()).isEqualTo("ACKNOWLEDGEMENT");
    assertThat(view.mails().getFirst().failureReason()).as("why it failed, for the agents").isEqualTo("552 mailbox full");
    await().atMost(DEADLINE).until(() -> views.byCaseId("flow", caseId).orElseThrow().downtime() != null);
  }

  @Test
  void redeliveredEventsChangeNothing() {
    String caseId = UUID.randomUUID().toString();
    String number = "FLOW-" + NUMBERS.incrementAndGet();
    RequestReceived request = request(caseId, number);
    CaseActivityRecorded reply = activity(caseId, number, CaseActivity.CUSTOMER_REPLIED, "NEW", 5);
    publish("intake.requests", request);
    publish("intake.case-activity", reply);
    publish("intake.requests", request);
    publish("intake.case-activity", reply);
    publish("notification.events", mail(caseId, number)); // the same partition number: handled after the others

    CaseView view = awaitView(number, v -> v.mails().size() == 1);
    await().atMost(DEADLINE).until(() -> views.byNumber("flow", number).orElseThrow().thread().size() >= 2);

    assertThat(views.byNumber("flow", number).orElseThrow().thread()).hasSize(2);
    assertThat(views.byCaseId("flow", caseId).orElseThrow().appliedEventIds()).hasSize(3);
    assertThat(view.status()).isEqualTo("NEW");
  }

  /**
   * A case first not entitled and re-decided ENTITLED (published by hand, as contracts-service
   * would), then the first decision delivered again: the view shows version 2 in force and the
   * first as its history, once.
   */
  @Test
  void aReDecidedCaseShowsTheNewestVersionAndKeepsTheFirstAsHistory() {
    String caseId = UUID.randomUUID().toString();
    String number = "FLOW-" + NUMBERS.incrementAndGet();
    EntitlementDecided first = SampleDecisions.notEntitled(caseId, RECEIVED).setTenantId("flow")
        .setCaseNumber(number).setPriority(Priority.P3).build();
    Instant raised = RECEIVED.plus(Duration.ofMinutes(10));
    EntitlementDecided second = EntitlementDecided.newBuilder(decision(caseId, number)).setEventId(id())
        .setOccurredAt(raised.plusSeconds(1)).setVersion(2).setEffectiveFrom(raised).setTrigger("PRIORITY_CHANGED")
        .setTriggerEventId(id()).setPreviousOutcome(first.getOutcome()).build();
    publish("intake.requests", request(caseId, number));
    publish("contracts.entitlements", first);
    publish("contracts.entitlements", second);
    publish("contracts.entitlements", first);
    publish("notification.events", mail(caseId, number)); // the same partition number: handled after the others

    CaseView view = awaitView(number, v -> v.mails().size() == 1);
    assertThat(view.decision().version()).isEqualTo(2);
    assertThat(view.decision().outcome()).isEqualTo("ENTITLED");
    assertThat(view.decision().effectiveFrom()).isEqualTo(raised);
    assertThat(view.decision().trigger()).isEqualTo("PRIORITY_CHANGED");
    assertThat(view.earlierDecisions()).singleElement().satisfies(d -> {
      assertThat(d.version()).isEqualTo(1);
      assertThat(d.outcome()).isEqualTo("NOT_ENTITLED");
    });
    assertThat(view.customerId()).isEqualTo("northwind");
  }

  @Test
  void anUnreadableRecordGoesToTheConsoleDeadLettersWithTheReasonAndTheNextOneFlows() {
    String poisonKey = UUID.randomUUID().toString();
    String caseId = UUID.randomUUID().toString();
    String number = "FLOW-" + NUMBERS.incrementAndGet();
    try (TopicProbe dlq = STACK.probe("console.dlq")) {
      STACK.publishRaw("escalation.events", poisonKey, "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));
      publish("intake.requests", request(caseId, number));

      ConsumerRecord<String, byte[]> dead = dlq.awaitRaw(r -> poisonKey.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo("escalation.events");
      awaitView(number, v -> true);
    }
  }

  /**
   * A poll's events are projected together: a case whose stored view cannot be read fails the
   * batch, which is split so that only its event is dead-lettered; the cases beside it are projected.
   */
  @Test
  void aPoisonEventInsideABatchGoesToTheConsoleDeadLettersAloneAndTheOthersAreProjected() {
    String before = UUID.randomUUID().toString();
    String poison = UUID.randomUUID().toString();
    String after = UUID.randomUUID().toString();
    String number = "FLOW-" + NUMBERS.incrementAndGet();
    database.getCollection("case_views").insertOne(new Document("_id", "flow/" + poison)
        .append("tenantId", "flow").append("caseId", poison).append("revision", 1L).append("statusAt", "not a date"));
    try (TopicProbe dlq = STACK.probe("console.dlq")) {
      TopicProbe.publishTogether(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "intake.requests", 0,
          List.of(Map.entry(before, request(before, number + "-1")), Map.entry(poison, request(poison, number + "-2")),
              Map.entry(after, request(after, number + "-3"))));

      awaitView(number + "-1", v -> true);
      awaitView(number + "-3", v -> true);
      ConsumerRecord<String, byte[]> dead = dlq.awaitRaw(r -> poison.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo("intake.requests");
      assertThat(dlq.rawWithin(Duration.ofMillis(500))).extracting(ConsumerRecord::key)
          .as("only the poison event is dead-lettered").doesNotContain(before, after);
    } finally {
      database.getCollection("case_views").deleteOne(new Document("_id", "flow/" + poison));
    }
  }

  private CaseView awaitView(String number, java.util.function.Predicate<CaseView> complete) {
    return await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100))
        .until(() -> views.byNumber("flow", number), v -> v.isPresent() && complete.test(v.get()))
        .orElseThrow();
  }

  private static void publish(String topic, SpecificRecord event) {
    String caseId = String.valueOf(event.get(event.getSchema().getField("caseId").pos()));
    STACK.publish(topic, caseId, event);
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private static RequestReceived request(String caseId, String number) {
    return RequestReceived.newBuilder().setEventId(id()).setOccurredAt(RECEIVED).setTenantId("flow")
        .setCaseId(caseId).setCaseNumber(number).setChannel(Channel.PHONE)
        .setReporter(new Reporter("Olivia Ops", "ops@northwind.example", null)).setSubject("Checkout is down")
        .setDescription("Since 7:55 every checkout fails.").setPriority(Priority.P1).setReceivedAt(RECEIVED)
        .build();
  }

  private static EntitlementDecided decision(String caseId, String number) {
    return SampleDecisions.entitled(caseId, RECEIVED,
            new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES))
        .setTenantId("flow").setCaseNumber(number).build();
  }

  private static CaseActivityRecorded activity(String caseId, String number, CaseActivity kind, String status,
      int minute) {
    return CaseActivityRecorded.newBuilder().setEventId(id()).setOccurredAt(RECEIVED.plus(Duration.ofMinutes(minute)))
        .setTenantId("flow").setCaseId(caseId).setCaseNumber(number).setActivity(kind).setActor("agent-7")
        .setVisibleToCustomer(true).setCaseStatus(status).setMessage("Working on it").build();
  }

  private static SlaClockChanged clock(String caseId, String number, SlaClockChange change, Instant at) {
    return SlaClockChanged.newBuilder().setEventId(id()).setOccurredAt(at).setTenantId("flow").setCaseId(caseId)
        .setCaseNumber(number).setClock(SlaClockKind.FIRST_RESPONSE).setChange(change).setPriority(Priority.P1)
        .setTarget(new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES))
        .setStartedAt(RECEIVED).setDeadline(RECEIVED.plus(Duration.ofMinutes(15))).setCountedMillis(0)
        .setMarginMillis(change == SlaClockChange.MET ? Duration.ofMinutes(5).toMillis() : null).setSequence(1)
        .build();
  }

  private static EscalationRaised escalation(String caseId, String number) {
    return EscalationRaised.newBuilder().setEventId(id()).setOccurredAt(RECEIVED.plus(Duration.ofMinutes(12)))
        .setTenantId("flow").setCaseId(caseId).setCaseNumber(number).setPriority(Priority.P1).setLevel(1)
        .setRole("TEAM_LEAD").setPersonName("Grace Hopper").setReason("warning on the first response").build();
  }

  private static NotificationAttempted mail(String caseId, String number) {
    return NotificationAttempted.newBuilder().setEventId(id()).setOccurredAt(RECEIVED.plusSeconds(5))
        .setTenantId("flow").setCaseId(caseId).setCaseNumber(number).setNotificationId(id())
        .setKind(NotificationKind.ACKNOWLEDGEMENT).setOutcome(NotificationOutcome.FAILED)
        .setRecipient("ops@northwind.example").setSubject("[" + number + "] Checkout is down").setAttempts(3)
        .setFailureReason("552 mailbox full").build();
  }

  private static CaseDowntimeMeasured downtime(String caseId, String number) {
    return CaseDowntimeMeasured.newBuilder().setEventId(id()).setOccurredAt(RECEIVED.plus(Duration.ofMinutes(60)))
        .setTenantId("flow").setCaseId(caseId).setCaseNumber(number).setCustomerId("northwind")
        .setPriority(Priority.P1).setReceivedAt(RECEIVED).setResolvedAt(RECEIVED.plus(Duration.ofMinutes(60)))
        .setOnHoldMillis(0).setDowntimeMillis(Duration.ofMinutes(60).toMillis()).build();
  }
}
