package io.supportflow.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.MeterRegistry;
import io.supportflow.events.CaseActivity;
import io.supportflow.events.CaseActivityRecorded;
import io.supportflow.events.CoverageCalendar;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.EscalationRaised;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.Priority;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.Reporter;
import io.supportflow.events.RosterEntry;
import io.supportflow.events.SlaClockChange;
import io.supportflow.events.SlaClockChanged;
import io.supportflow.events.TimeUnit;
import io.supportflow.events.Weekday;
import io.supportflow.events.WeeklyInterval;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.stack.TopicSetup;
import io.supportflow.infra.testing.CoPartitioning;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.infra.testing.TopicProbe;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The notification flow against a real KRaft broker, Apicurio registry, Mongo wire server and
 * GreenMail. Time is a clock the tests move: status-mail timers fire when it passes them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
// Closed afterwards: another flow test class's context must not consume beside this one in the same group.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(properties = {
    "supportflow.mongodb.database=notification-flow-test",
    "supportflow.mail.support-team=" + NotifyCaseFlowTest.SUPPORT_TEAM})
@OnTestStack
class NotifyCaseFlowTest {

  static final String SUPPORT_TEAM = "support-team@acme-support.example";

  private static final TestStack STACK = TestStack.shared();
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-24T09:15:05Z"));
  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");

  /** The clock @TestBean puts in place of the service's (its only Clock bean): the test moves it by hand. */
  static Clock clock() {
    return CLOCK;
  }

  @TestBean Clock clock;
  @Autowired MongoDatabase database;
  @Autowired MeterRegistry meters;


  /** The topics are read by one consumer per thread (multiplex), so each holds one set of partition numbers. */
  @Test
  void everyCaseEventAndTimerOfOnePartitionNumberMeetsOnOneConsumer() throws Exception {
    CoPartitioning.awaitCoAssigned(STACK.kafkaBootstrapServers(), "notification-service",
        List.of("contracts.entitlements", "intake.case-activity", "sla.events", "escalation.events", "intake.incidents"),
        TopicSetup.DEFAULT_PARTITIONS, DEADLINE);
  }

  @Test
  void anEntitledReporterGetsOneAcknowledgementAndItsOutcomeIsPublishedKeyedByCase() throws Exception {
    EntitlementDecided decision = entitled(UUID.randomUUID().toString(), uniqueAddress());
    String caseId = decision.getCaseId();
    String recipient = decision.getReporter().getEmail();
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish(decision);

      NotificationAttempted attempted = events.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(caseId), 1, DEADLINE).getFirst();

      String subject = "[ACME-000042] We have received your request: Checkout is down";
      assertThat(attempted).isEqualTo(NotificationAttempted.newBuilder()
          .setEventId(UUID.nameUUIDFromBytes(
              ("notification:" + caseId + ":ACKNOWLEDGEMENT:SENT").getBytes(StandardCharsets.UTF_8)).toString())
          .setOccurredAt(CLOCK.instant())
          .setTenantId("acme")
          .setCaseId(caseId)
          .setCaseNumber("ACME-000042")
          .setNotificationId(caseId + ":ACKNOWLEDGEMENT")
          .setKind(NotificationKind.ACKNOWLEDGEMENT)
          .setOutcome(NotificationOutcome.SENT)
          .setRecipient(recipient)
          .setSubject(subject)
          .setMessageId("<" + caseId + ".ACKNOWLEDGEMENT@supportflow>")
          .setAttempts(1)
          .setFailureReason(null)
          .build());
      assertThat(events.awaitRaw(r -> caseId.equals(r.key()), 1, DEADLINE)).hasSize(1);

      MimeMessage mail = single(acknowledgementsTo(recipient));
      assertThat(mail.getSubject()).isEqualTo(subject);
      assertThat(mail.getMessageID()).isEqualTo("<" + caseId + ".ACKNOWLEDGEMENT@supportflow>");
      assertThat(mail.getFrom()[0].toString()).isEqualTo("support@acme-support.example");
      assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(recipient);
      assertThat(body(mail))
          .contains("registered it as case ACME-000042")
          .contains("Priority:    P1")
          .contains("Received:    Tuesday 24 November 2026, 10:15 CET")
          .contains(decision.getReason())
          .contains("Please keep [ACME-000042] in the subject when you reply");
      MimeMultipart parts = alternative(mail);
      assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
      assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
      assertThat(parts.getBodyPart(1).getContent().toString())
          .contains("<strong>ACME-000042</strong>")
          .contains("<td>Tuesday 24 November 2026, 10:15 CET</td>");
      Document outbox = database.getCollection("outbox").find(Filters.eq("_id", caseId + ":ACKNOWLEDGEMENT")).first();
      assertThat(outbox.getString("status")).isEqualTo("SENT");
      assertThat(outbox.getString("causeEventId")).isEqualTo(decision.getEventId());
    }
  }

  @Test
  void aRequestOnSaturdayOnAnOfficeHoursContractIsToldWorkStartsMondayMorning() throws Exception {
    EntitlementDecided base = SampleDecisions.entitled(UUID.randomUUID().toString(),
            Instant.parse("2026-11-21T10:00:00Z"),
            new ReactionTarget(Priority.P3, ReactionMetric.FIRST_RESPONSE, 1, TimeUnit.BUSINESS_DAYS))
        .setPriority(Priority.P3)
        .setReporter(new Reporter("Olivia Ops", uniqueAddress(), null))
        .build();
    List<WeeklyInterval> weekdays = java.util.stream.Stream.of(
            Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY)
        .map(d -> new WeeklyInterval(d, "09:00", "17:00")).toList();
    base.getTerms().setCalendar(CoverageCalendar.newBuilder().setCalendarId("cet-9x5").setZone("Europe/Amsterdam")
        .setWeeklyHours(weekdays).setHolidays(List.of("2026-11-23")).build());
    try (TopicProbe events = STACK.probe("notification.events")) {
      acknowledged(events, base);
    }

    assertThat(body(single(mailsTo(base.getReporter().getEmail()))))
        .contains("  Received:    Saturday 21 November 2026, 11:00 CET\n"
            + "  Work starts: Tuesday 24 November 2026, 09:00 CET (the start of your next covered period)");
  }

  @Test
  void aRedeliveredDecisionRepeatsTheOutcomeAndSendsNoSecondMail() throws Exception {
    EntitlementDecided decision = entitled(UUID.randomUUID().toString(), uniqueAddress());
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish(decision);
      STACK.publish(decision);

      List<NotificationAttempted> both = events.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(decision.getCaseId()) && e.getKind() == NotificationKind.ACKNOWLEDGEMENT, 2, DEADLINE);

      assertThat(both.get(1)).isEqualTo(both.get(0));
      assertThat(acknowledgementsTo(decision.getReporter().getEmail())).hasSize(1);
    }
  }

  @Test
  void aReporterWithoutSupportIsToldWhyWithTheTimeInUtc() throws Exception {
    EntitlementDecided refused = notEntitled(UUID.randomUUID().toString(), uniqueAddress());
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish(refused);

      NotificationAttempted attempted = events.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(refused.getCaseId()), 1, DEADLINE).getFirst();

      assertThat(attempted.getOutcome()).isEqualTo(NotificationOutcome.SENT);
      assertThat(attempted.getRecipient()).isEqualTo(refused.getReporter().getEmail());
      assertThat(body(single(mailsTo(refused.getReporter().getEmail()))))
          .contains(refused.getReason())
          .contains("Received:    Tuesday 24 November 2026, 09:15 UTC");
    }
  }

  @Test
  void aReporterWithoutAnAddressGetsNoMailAndTheAgentsSeeItCouldNotBeMailed() throws Exception {
    String caseId = UUID.randomUUID().toString();
    EntitlementDecided noAddress = EntitlementDecided.newBuilder(entitled(caseId, null))
        .setReporter(new Reporter("Phone Caller", null, "+31201234567"))
        .build();
    // A later decision on the same case (same key, same partition) marks that the first was handled.
    EntitlementDecided later = entitled(caseId, uniqueAddress());
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish(noAddress);
      STACK.publish(later);

      List<NotificationAttempted> outcomes = events.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(caseId), 2, DEADLINE);

      assertThat(outcomes.getFirst().getOutcome()).isEqualTo(NotificationOutcome.FAILED);
      assertThat(outcomes.getFirst().getKind()).isEqualTo(NotificationKind.ACKNOWLEDGEMENT);
      assertThat(outcomes.getFirst().getAttempts()).as("nothing was tried").isZero();
      assertThat(outcomes.getFirst().getFailureReason()).contains("no e-mail address");
      assertThat(outcomes.get(1).getOutcome()).isEqualTo(NotificationOutcome.SENT);
      assertThat(outcomes.get(1).getRecipient()).isEqualTo(later.getReporter().getEmail());
      assertThat(Arrays.stream(STACK.mail().getReceivedMessages())
          .filter(m -> messageId(m).equals("<" + caseId + ".ACKNOWLEDGEMENT@supportflow>"))).hasSize(1);
    }
  }

  @Test
  void aMailThatCanNeverBeSentIsGivenUpAtOnceWithTheReasonAndItsDecisionIsNotDeadLettered() {
    EntitlementDecided badAddress = entitled(UUID.randomUUID().toString(), "ops@@northwind.example");
    try (TopicProbe dlq = new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "notification.dlq");
        TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish(badAddress);

      assertThat(events.await(NotificationAttempted.class, e -> e.getCaseId().equals(badAddress.getCaseId()), 1, DEADLINE))
          .singleElement().satisfies(e -> {
            assertThat(e.getOutcome()).isEqualTo(NotificationOutcome.FAILED);
            assertThat(e.getAttempts()).isEqualTo(1);
            assertThat(e.getFailureReason())
                .contains("Cannot build mail " + badAddress.getCaseId() + ":ACKNOWLEDGEMENT")
                .contains("Domain contains illegal character");
          });
      Document outbox = database.getCollection("outbox")
          .find(Filters.eq("_id", badAddress.getCaseId() + ":ACKNOWLEDGEMENT")).first();
      assertThat(outbox.getString("status")).as("given up: trying again would fail the same way").isEqualTo("FAILED");
      assertThat(outbox.getInteger("attempts")).isEqualTo(1);
      assertThat(outbox.getString("lastFailure")).contains("Domain contains illegal character");
      assertThat(outbox.getDate("lastFailedAt")).isEqualTo(java.util.Date.from(CLOCK.instant()));
      assertThat(outbox.get("retryAt")).as("nothing waits").isNull();
      assertThat(dlq.rawWithin(Duration.ofSeconds(1))).noneMatch(r -> badAddress.getCaseId().equals(r.key()));
    }
  }

  @Test
  void aResolutionThatArrivesBeforeItsDecisionIsKeptAndSentRightAfterTheAcknowledgement() throws Exception {
    EntitlementDecided decision = entitled(UUID.randomUUID().toString(), uniqueAddress());
    String caseId = decision.getCaseId();
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish(activity(decision, CaseActivity.RESOLVED, "RESOLVED", "Fixed before we could write."));
      await().atMost(DEADLINE).until(() ->
          database.getCollection("early-events").countDocuments(Filters.eq("caseId", caseId)) == 1);

      STACK.publish(decision);

      assertThat(events.await(NotificationAttempted.class, e -> e.getCaseId().equals(caseId), 2, DEADLINE))
          .extracting(NotificationAttempted::getKind, NotificationAttempted::getOutcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(NotificationKind.ACKNOWLEDGEMENT, NotificationOutcome.SENT),
              org.assertj.core.groups.Tuple.tuple(NotificationKind.RESOLUTION, NotificationOutcome.SENT));
    }
    List<MimeMessage> mails = mailsTo(decision.getReporter().getEmail());
    assertThat(subjects(mails)).containsExactly(
        "[ACME-000042] We have received your request: Checkout is down",
        "[ACME-000042] Your request has been resolved: Checkout is down");
    assertThat(body(mails.get(1))).contains("Fixed before we could write.");
    assertThat(database.getCollection("cases").find(Filters.eq("_id", caseId)).first().getBoolean("resolved")).isTrue();
    assertThat(database.getCollection("early-events").countDocuments(Filters.eq("caseId", caseId))).isZero();
    assertThat(database.getCollection("timers").countDocuments(Filters.eq("caseId", caseId)))
        .as("a resolved P1 gets no status mail").isZero();
    assertThat(meters.get("supportflow.deferred").tag("origin", "activity").timer().count())
        .as("how long the resolution waited for its decision is measured").isPositive();
  }

  @Test
  void slaAlertsGoToTheTenantsSupportTeamEvenWhenOneArrivesBeforeTheDecision() throws Exception {
    String desk = "desk-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-support.example";
    EntitlementDecided decision = SampleDecisions.entitled(UUID.randomUUID().toString(), CLOCK.instant(),
            new ReactionTarget(Priority.P3, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES))
        .setPriority(Priority.P3)
        .setReporter(new Reporter("Olivia Ops", uniqueAddress(), null))
        .build();
    decision.getTerms().setRoster(List.of(
        new RosterEntry("Technical Support Manager", "Tess Manager", "tsm@acme-support.example"),
        new RosterEntry("support team", "Acme Support Desk", desk)));
    String caseId = decision.getCaseId();
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish(clockChange(decision, SlaClockChange.WARNING));
      await().atMost(DEADLINE).until(() ->
          database.getCollection("early-events").countDocuments(Filters.eq("caseId", caseId)) == 1);
      STACK.publish(decision);
      assertThat(events.await(NotificationAttempted.class, e -> e.getCaseId().equals(caseId), 2, DEADLINE))
          .extracting(NotificationAttempted::getKind)
          .containsExactly(NotificationKind.ACKNOWLEDGEMENT, NotificationKind.SLA_WARNING);

      STACK.publish(clockChange(decision, SlaClockChange.BREACHED));
      attempted(events, caseId, NotificationKind.SLA_BREACH);
    }
    assertThat(subjects(mailsTo(desk))).containsExactly(
        "[ACME-000042] SLA warning: FIRST_RESPONSE (P3)",
        "[ACME-000042] SLA breached: FIRST_RESPONSE (P3)");
    assertThat(body(mailsTo(desk).getFirst())).contains("  Deadline: Tuesday 24 November 2026");
    assertThat(mailsTo(SUPPORT_TEAM).stream().filter(m -> messageId(m).contains(caseId))).isEmpty();
  }

  /**
   * One poll (one partition, one produce request) holding a decision twice, another tenant's, a
   * record no one can read and a decision after it: each reporter is acknowledged once, and only
   * the unreadable record is dead-lettered, with the reason, and counted.
   */
  @Test
  void aPollWithARedeliveryAnUnreadableRecordAndTwoTenantsAcknowledgesEachReporterOnce() throws Exception {
    EntitlementDecided ofAcme = entitled(UUID.randomUUID().toString(), uniqueAddress());
    EntitlementDecided ofGlobex = EntitlementDecided.newBuilder(entitled(UUID.randomUUID().toString(),
        uniqueAddress())).setTenantId("globex").build();
    EntitlementDecided after = entitled(UUID.randomUUID().toString(), uniqueAddress());
    String unreadableKey = UUID.randomUUID().toString();
    double deadLettersBefore = deadLetters();
    try (TopicProbe dlq = STACK.probe("notification.dlq"); TopicProbe events = STACK.probe("notification.events")) {
      TopicProbe.publishTogether(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "contracts.entitlements", 0,
          List.of(Map.entry(ofAcme.getCaseId(), ofAcme), Map.entry(ofGlobex.getCaseId(), ofGlobex),
              Map.entry(ofAcme.getCaseId(), ofAcme),
              Map.entry(unreadableKey, "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8)),
              Map.entry(after.getCaseId(), after)));

      List<NotificationAttempted> twice = events.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(ofAcme.getCaseId()), 2, DEADLINE);
      assertThat(twice.get(1)).as("the redelivery repeats the outcome").isEqualTo(twice.get(0));
      assertThat(attempted(events, ofGlobex.getCaseId(), NotificationKind.ACKNOWLEDGEMENT).getTenantId())
          .isEqualTo("globex");
      attempted(events, after.getCaseId(), NotificationKind.ACKNOWLEDGEMENT);
      ConsumerRecord<String, byte[]> dead = dlq.awaitRaw(r -> unreadableKey.equals(r.key()), 1, DEADLINE).getFirst();

      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(deadLetters()).as("counted for the dead-letter alert").isGreaterThan(deadLettersBefore);
      assertThat(dlq.rawWithin(Duration.ofMillis(500))).as("only the unreadable record is dead-lettered")
          .extracting(ConsumerRecord::key).doesNotContain(ofAcme.getCaseId(), ofGlobex.getCaseId(), after.getCaseId());
      assertThat(acknowledgementsTo(ofAcme.getReporter().getEmail())).as("one mail for the decision twice").hasSize(1);
      assertThat(acknowledgementsTo(ofGlobex.getReporter().getEmail())).hasSize(1);
      assertThat(database.getCollection("cases").countDocuments(Filters.in("_id", ofAcme.getCaseId(),
          ofGlobex.getCaseId(), after.getCaseId()))).isEqualTo(3);
    }
  }

  private double deadLetters() {
    var counter = meters.find("supportflow.dlq.records").tag("topic", "notification.dlq").counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicWithTheReasonAndTheNextOneFlows() {
    String poisonKey = UUID.randomUUID().toString();
    EntitlementDecided next = entitled(UUID.randomUUID().toString(), uniqueAddress());
    try (TopicProbe dlq = new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "notification.dlq");
        TopicProbe events = STACK.probe("notification.events")) {
      STACK.publishRaw("contracts.entitlements", poisonKey,
          "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));
      STACK.publish(next);

      ConsumerRecord<String, byte[]> dead =
          dlq.awaitRaw(r -> poisonKey.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\":\"avro\"}");
      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo("contracts.entitlements");
      events.await(NotificationAttempted.class, e -> e.getCaseId().equals(next.getCaseId()), 1, DEADLINE);
    }
  }

  @Test
  @Order(Integer.MAX_VALUE) // moves the clock: the acknowledgement tests expect no status mail due yet
  void statusMailsComeEveryThirtyMinutesWithTheLatestPublicResponseAndStopOnResolve() throws Exception {
    Instant received = CLOCK.instant();
    EntitlementDecided watched = p1(UUID.randomUUID().toString(), uniqueAddress(), received);
    EntitlementDecided control = p1(UUID.randomUUID().toString(), uniqueAddress(), received.plusMillis(1));
    try (TopicProbe events = STACK.probe("notification.events")) {
      acknowledged(events, watched, control);

      CLOCK.advance(Duration.ofMinutes(30));
      attempted(events, watched.getCaseId(), NotificationKind.STATUS_UPDATE);
      STACK.publish(activity(watched, CaseActivity.AGENT_RESPONDED, "OPEN", "We are restarting the payment nodes."));
      await().atMost(DEADLINE).until(() -> "We are restarting the payment nodes.".equals(
          database.getCollection("cases").find(Filters.eq("_id", watched.getCaseId())).first().getString("latestResponse")));

      CLOCK.advance(Duration.ofMinutes(30));
      assertThat(events.await(NotificationAttempted.class, e -> e.getCaseId().equals(watched.getCaseId())
          && e.getKind() == NotificationKind.STATUS_UPDATE, 2, DEADLINE))
          .extracting(NotificationAttempted::getNotificationId)
          .containsExactly(watched.getCaseId() + ":STATUS_UPDATE:1", watched.getCaseId() + ":STATUS_UPDATE:2");
      STACK.publish(activity(watched, CaseActivity.RESOLVED, "RESOLVED", "The payment nodes are back."));
      attempted(events, watched.getCaseId(), NotificationKind.RESOLUTION);

      CLOCK.advance(Duration.ofMinutes(30).plusMillis(1));
      // The control case's third mail is due a millisecond later: timers fire in due order, so once it is
      // out, the watched one would be too.
      assertThat(events.await(NotificationAttempted.class, e -> e.getCaseId().equals(control.getCaseId())
          && e.getKind() == NotificationKind.STATUS_UPDATE, 3, DEADLINE)).hasSize(3);
    }
    String subject = "Checkout is down";
    assertThat(subjects(mailsTo(watched.getReporter().getEmail()))).containsExactly(
        "[ACME-000042] We have received your request: " + subject,
        "[ACME-000042] Status update: " + subject,
        "[ACME-000042] Status update: " + subject,
        "[ACME-000042] Your request has been resolved: " + subject);
    MimeMessage second = mailsTo(watched.getReporter().getEmail()).get(2);
    assertThat(body(second)).contains("status update 2").contains("Status:   OPEN")
        .contains("We are restarting the payment nodes.");
    assertThat(second.getMessageID()).isEqualTo("<" + watched.getCaseId() + ".STATUS_UPDATE.2@supportflow>");
    assertThat(second.getHeader("In-Reply-To")).containsExactly("<" + watched.getCaseId() + ".ACKNOWLEDGEMENT@supportflow>");
    assertThat(mailsTo(control.getReporter().getEmail())).hasSize(4);
  }

  @Test
  @Order(Integer.MAX_VALUE - 2) // moves the clock, like the status-mail tests below
  void onHoldEachCaseFollowsItsOwnTermsForStatusMails() throws Exception {
    Instant start = CLOCK.instant();
    EntitlementDecided suspended = p1(UUID.randomUUID().toString(), uniqueAddress(), start);
    // A millisecond behind: timers fire in due order, so once its mail is out the other case's turn has passed.
    EntitlementDecided keepsGoing = p1(UUID.randomUUID().toString(), uniqueAddress(), start.plusMillis(1));
    keepsGoing.getTerms().setStatusMailsWhileOnHold(true);
    try (TopicProbe events = STACK.probe("notification.events")) {
      for (EntitlementDecided d : List.of(suspended, keepsGoing)) {
        STACK.publish(d);
        attempted(events, d.getCaseId(), NotificationKind.ACKNOWLEDGEMENT);
        STACK.publish(activity(d, CaseActivity.PUT_ON_HOLD, "ON_HOLD", null));
        await().atMost(DEADLINE).until(() -> database.getCollection("cases")
            .find(Filters.eq("_id", d.getCaseId())).first().getBoolean("onHold"));
      }

      CLOCK.advance(Duration.ofMinutes(30).plusMillis(1));

      assertThat(attempted(events, keepsGoing.getCaseId(), NotificationKind.STATUS_UPDATE).getOutcome())
          .isEqualTo(NotificationOutcome.SENT);
    }
    assertThat(body(mailsTo(keepsGoing.getReporter().getEmail()).get(1))).contains("Status:   ON_HOLD");
    assertThat(mailsTo(suspended.getReporter().getEmail())).as("the acknowledgement only").hasSize(1);
    assertThat(database.getCollection("timers").find(Filters.and(
            Filters.eq("caseId", suspended.getCaseId()), Filters.eq("firedAt", null))).first().getDate("dueAt"))
        .as("the next mail is still planned, on the same beat").isEqualTo(java.util.Date.from(start.plus(Duration.ofHours(1))));
  }

  @Test
  @Order(Integer.MAX_VALUE - 1) // moves the clock, like the status-mail test below
  void aPriorityChangeStartsAndStopsStatusMailsOnTheNewPrioritysBeat() throws Exception {
    Instant start = CLOCK.instant();
    EntitlementDecided quiet = SampleDecisions.entitled(UUID.randomUUID().toString(), start,
            new ReactionTarget(Priority.P3, ReactionMetric.FIRST_RESPONSE, 1, TimeUnit.BUSINESS_DAYS))
        .setPriority(Priority.P3)
        .setReporter(new Reporter("Olivia Ops", uniqueAddress(), null))
        .build();
    // A P1 case a millisecond behind: timers fire in due order, so once its mail is out, the raised case's would be.
    EntitlementDecided control = p1(UUID.randomUUID().toString(), uniqueAddress(), start.plusMillis(1));
    try (TopicProbe events = STACK.probe("notification.events")) {
      acknowledged(events, quiet, control);

      STACK.publish(priorityChange(quiet, Priority.P1, start));
      awaitPriority(quiet.getCaseId(), "P1");
      CLOCK.advance(Duration.ofMinutes(30));
      assertThat(attempted(events, quiet.getCaseId(), NotificationKind.STATUS_UPDATE).getNotificationId())
          .isEqualTo(quiet.getCaseId() + ":STATUS_UPDATE:1");

      STACK.publish(priorityChange(quiet, Priority.P4, CLOCK.instant()));
      awaitPriority(quiet.getCaseId(), "P4");
      CLOCK.advance(Duration.ofMinutes(30).plusMillis(1));
      events.await(NotificationAttempted.class, e -> e.getCaseId().equals(control.getCaseId())
          && e.getKind() == NotificationKind.STATUS_UPDATE, 2, DEADLINE);
    }
    List<MimeMessage> quietMails = mailsTo(quiet.getReporter().getEmail());
    assertThat(subjects(quietMails)).containsExactly(
        "[ACME-000042] We have received your request: Checkout is down",
        "[ACME-000042] Status update: Checkout is down");
    assertThat(body(quietMails.get(1))).contains("Priority: P1");
  }

  @Test
  void escalationSlaAndClosureMailsReachExactlyTheirPeopleOnceEach() throws Exception {
    EntitlementDecided decision = SampleDecisions.entitled(UUID.randomUUID().toString(), CLOCK.instant(),
            new ReactionTarget(Priority.P3, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES))
        .setPriority(Priority.P3)
        .setReporter(new Reporter("Olivia Ops", uniqueAddress(), null))
        .build();
    String caseId = decision.getCaseId();
    String manager = "tsm-" + UUID.randomUUID().toString().substring(0, 8) + "@acme-support.example";
    EscalationRaised escalation = EscalationRaised.newBuilder()
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(CLOCK.instant()).setTenantId("acme")
        .setCaseId(caseId).setCaseNumber("ACME-000042").setPriority(Priority.P3).setLevel(1)
        .setRole("Technical Support Manager").setPersonName("Tess Manager").setPersonEmail(manager)
        .setReason("48 hours since receipt").build();
    try (TopicProbe events = STACK.probe("notification.events")) {
      acknowledged(events, decision);
      STACK.publish(escalation);
      STACK.publish(escalation);
      for (SlaClockChange change : List.of(SlaClockChange.STARTED, SlaClockChange.WARNING, SlaClockChange.BREACHED)) {
        STACK.publish(clockChange(decision, change));
      }
      STACK.publish(activity(decision, CaseActivity.RESOLVED, "RESOLVED", "Fixed by a restart."));
      STACK.publish(activity(decision, CaseActivity.CLOSED, "CLOSED", null));

      assertThat(events.await(NotificationAttempted.class, e -> e.getCaseId().equals(caseId), 7, DEADLINE))
          .extracting(NotificationAttempted::getKind)
          .containsExactlyInAnyOrder(NotificationKind.ACKNOWLEDGEMENT, NotificationKind.ESCALATION,
              NotificationKind.ESCALATION, NotificationKind.SLA_WARNING, NotificationKind.SLA_BREACH,
              NotificationKind.RESOLUTION, NotificationKind.CLOSURE);
    }
    assertThat(subjects(mailsTo(manager)))
        .containsExactly("[ACME-000042] Escalation level 1 to you as Technical Support Manager");
    assertThat(body(mailsTo(manager).getFirst())).contains("Hello Tess Manager").contains("48 hours since receipt");
    assertThat(subjects(mailsTo(SUPPORT_TEAM).stream().filter(m -> messageId(m).contains(caseId)).toList()))
        .containsExactlyInAnyOrder("[ACME-000042] SLA warning: FIRST_RESPONSE (P3)",
            "[ACME-000042] SLA breached: FIRST_RESPONSE (P3)");
    assertThat(subjects(mailsTo(decision.getReporter().getEmail()))).containsExactly(
        "[ACME-000042] We have received your request: Checkout is down",
        "[ACME-000042] Your request has been resolved: Checkout is down",
        "[ACME-000042] Your case is closed: Checkout is down");
    for (MimeMessage m : mailsTo(decision.getReporter().getEmail()).subList(1, 3)) {
      assertThat(m.getHeader("References")).containsExactly("<" + caseId + ".ACKNOWLEDGEMENT@supportflow>");
    }
  }

  /** Publishes the decisions, then waits until each one's acknowledgement has been attempted. */
  /**
   * A case first not entitled, re-decided ENTITLED ten minutes later (both published by hand, as
   * contracts-service would): the reporter gets exactly one mail for the new version, in the real
   * mailbox, telling them it is now covered with the deadline counted from then; the same version
   * delivered again and the first one again send nothing more.
   */
  @Test
  void aReDecisionThatEntitlesTheCaseTellsTheReporterOnceWithTheDeadlinesFromThen() throws Exception {
    String caseId = UUID.randomUUID().toString();
    String address = uniqueAddress();
    EntitlementDecided first = notEntitled(caseId, address);
    Instant raised = RECEIVED.plus(Duration.ofMinutes(10));
    EntitlementDecided second = EntitlementDecided.newBuilder(entitled(caseId, address))
        .setEventId(UUID.randomUUID().toString()).setOccurredAt(raised.plusSeconds(1)).setVersion(2)
        .setEffectiveFrom(raised).setTrigger("PRIORITY_CHANGED").setTriggerEventId(UUID.randomUUID().toString())
        .setPreviousOutcome(first.getOutcome()).build();
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish(first);
      attempted(events, caseId, NotificationKind.ACKNOWLEDGEMENT);
      STACK.publish(second);
      STACK.publish(second);
      STACK.publish(first);

      List<NotificationAttempted> outcomes = events.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(caseId) && e.getNotificationId().equals(caseId + ":ACKNOWLEDGEMENT:v2"), 1,
          DEADLINE);
      assertThat(outcomes.getFirst().getOutcome()).isEqualTo(NotificationOutcome.SENT);
      assertThat(outcomes.getFirst().getSubject()).isEqualTo("[ACME-000042] Your request is now covered: Checkout is down");
      await().atMost(DEADLINE).untilAsserted(() -> assertThat(mailsTo(address)).hasSize(2));
      MimeMessage covered = mailsTo(address).stream()
          .filter(m -> messageId(m).equals("<" + caseId + ".ACKNOWLEDGEMENT.v2@supportflow>")).findFirst().orElseThrow();
      assertThat(body(covered)).contains("is now covered by your contract at priority P1")
          .contains("First response by Tuesday 24 November 2026, 10:40 CET (within 15 minutes)");
      assertThat(covered.getHeader("In-Reply-To", null)).isEqualTo("<" + caseId + ".ACKNOWLEDGEMENT@supportflow>");
      // The first decision again (older) and the second again (the same version) send nothing more.
      events.await(NotificationAttempted.class, e -> e.getCaseId().equals(caseId), 3, DEADLINE);
      assertThat(mailsTo(address)).hasSize(2);
    }
  }

  private static void acknowledged(TopicProbe events, EntitlementDecided... decisions) {
    for (EntitlementDecided decision : decisions) {
      STACK.publish(decision);
    }
    for (EntitlementDecided decision : decisions) {
      attempted(events, decision.getCaseId(), NotificationKind.ACKNOWLEDGEMENT);
    }
  }

  private static NotificationAttempted attempted(TopicProbe events, String caseId, NotificationKind kind) {
    return events.await(NotificationAttempted.class,
        e -> e.getCaseId().equals(caseId) && e.getKind() == kind, 1, DEADLINE).getFirst();
  }

  private static CaseActivityRecorded activity(EntitlementDecided d, CaseActivity kind, String status, String message) {
    return CaseActivityRecorded.newBuilder()
        .setEventId(UUID.randomUUID().toString())
        .setOccurredAt(CLOCK.instant())
        .setTenantId(d.getTenantId())
        .setCaseId(d.getCaseId())
        .setCaseNumber(d.getCaseNumber())
        .setActivity(kind)
        .setActor("agent-7")
        .setVisibleToCustomer(true)
        .setMessage(message)
        .setCaseStatus(status)
        .build();
  }

  private static CaseActivityRecorded priorityChange(EntitlementDecided d, Priority to, Instant at) {
    return SampleDecisions.activity(d, CaseActivity.PRIORITY_CHANGED, at)
        .setPreviousPriority(d.getPriority()).setNewPriority(to).setCustomerConsent(true)
        .setReason("The customer asked for it").setCaseStatus("OPEN").build();
  }

  private void awaitPriority(String caseId, String priority) {
    await().atMost(DEADLINE).until(() -> priority.equals(
        database.getCollection("cases").find(Filters.eq("_id", caseId)).first().getString("priority")));
  }

  private static SlaClockChanged clockChange(EntitlementDecided d, SlaClockChange change) {
    return SampleDecisions.clockChange(d, change, CLOCK.instant())
        .setWarningAt(null).setCountedMillis(0).setMarginMillis(null)
        .build();
  }

  private static List<String> subjects(List<MimeMessage> mails) throws MessagingException {
    List<String> subjects = new java.util.ArrayList<>();
    for (MimeMessage m : mails) {
      subjects.add(m.getSubject());
    }
    return subjects;
  }

  private static EntitlementDecided p1(String caseId, String email, Instant received) {
    return SampleDecisions.entitled(caseId, received,
            new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES))
        .setReporter(new Reporter("Olivia Ops", email, null))
        .build();
  }

  private static List<MimeMessage> mailsTo(String recipient) throws MessagingException {
    List<MimeMessage> matching = new java.util.ArrayList<>();
    for (MimeMessage m : STACK.mail().getReceivedMessages()) {
      var to = m.getRecipients(Message.RecipientType.TO);
      if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
        matching.add(m);
      }
    }
    return matching;
  }

  // Status mails may follow an acknowledgement once another test has moved the clock.
  private static List<MimeMessage> acknowledgementsTo(String recipient) throws MessagingException {
    return mailsTo(recipient).stream().filter(m -> messageId(m).endsWith(".ACKNOWLEDGEMENT@supportflow>")).toList();
  }

  private static MimeMessage single(List<MimeMessage> mails) {
    assertThat(mails).hasSize(1);
    return mails.getFirst();
  }

  /** The plain-text part; alternative() checks the shape of the whole. */
  private static String body(MimeMessage mail) throws MessagingException, IOException {
    return alternative(mail).getBodyPart(0).getContent().toString().replace("\r\n", "\n");
  }

  private static MimeMultipart alternative(MimeMessage mail) throws MessagingException, IOException {
    assertThat(mail.getContentType()).startsWith("multipart/alternative");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    return parts;
  }

  private static String messageId(MimeMessage m) {
    try {
      return String.valueOf(m.getMessageID());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  // Each test writes to its own address, so counts in the shared mail server are its own.
  private static String uniqueAddress() {
    return "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
  }

  private static EntitlementDecided entitled(String caseId, String email) {
    return SampleDecisions.entitled(caseId, RECEIVED,
            new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES))
        .setReporter(new Reporter("Olivia Ops", email, null))
        .build();
  }

  private static EntitlementDecided notEntitled(String caseId, String email) {
    return SampleDecisions.notEntitled(caseId, RECEIVED)
        .setReporter(new Reporter("Olivia Ops", email, null))
        .build();
  }
}
