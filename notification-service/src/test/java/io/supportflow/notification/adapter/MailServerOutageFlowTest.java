package io.supportflow.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.supportflow.events.EntitlementDecided;
import io.supportflow.events.NotificationAttempted;
import io.supportflow.events.NotificationKind;
import io.supportflow.events.NotificationOutcome;
import io.supportflow.events.Priority;
import io.supportflow.events.ReactionMetric;
import io.supportflow.events.ReactionTarget;
import io.supportflow.events.Reporter;
import io.supportflow.events.TimeUnit;
import io.supportflow.infra.stack.MailServer;
import io.supportflow.infra.stack.PortCheck;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.infra.testing.OnTestStack;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.infra.testing.TopicProbe;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The mail server stops mid-run and comes back. An acknowledgement and a status mail due while it
 * is away are announced FAILED and wait in the outbox; no event is dead-lettered, and the case is
 * followed all the same; once the server is back and their time has come, each is sent once, with
 * its Message-ID. Its own SMTP server (the shared one cannot be restarted) and database; the context
 * is closed afterwards, so it never consumes beside another test class's context of the same
 * consumer group.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(properties = {
    "supportflow.mongodb.database=notification-outage-test",
    "supportflow.mail.retry.max-attempts=2",
    "supportflow.mail.retry.initial-backoff=PT0.05S",
    // The breaker would turn some failures into fast rejections, and after the outage keep rejecting
    // until it closes: attempt counts would depend on its timing. ResilientNotifierTest covers it.
    "supportflow.mail.circuit-breaker.minimum-calls=1000",
    "supportflow.mail.redelivery.first-wait=PT10S",
    "supportflow.mail.redelivery.every=PT0.2S",
    "supportflow.consumer.timer-lookahead=PT1M"})
@OnTestStack
class MailServerOutageFlowTest {

  private static final TestStack STACK = TestStack.shared();
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-24T09:15:05Z"));
  private static final int SMTP_PORT = PortCheck.freePort();
  private static MailServer smtp = MailServer.smtpOnly("127.0.0.1", SMTP_PORT);

  @DynamicPropertySource
  static void ownSmtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  /** The clock @TestBean puts in place of the service's (its only Clock bean): the test moves it by hand. */
  static Clock clock() {
    return CLOCK;
  }

  @TestBean Clock clock;

  @AfterAll
  static void stopSmtp() {
    smtp.close();
  }

  @Autowired MongoDatabase database;

  @Test
  void mailsTheServerDidNotTakeWaitInTheOutboxAndAreSentOnceEachWhenItIsBack() throws Exception {
    EntitlementDecided early = p1(CLOCK.instant());
    EntitlementDecided duringOutage = p1(CLOCK.instant());
    try (TopicProbe events = STACK.probe("notification.events");
        TopicProbe dlq = new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "notification.dlq")) {
      STACK.publish(early);
      outcomes(events, early, NotificationKind.ACKNOWLEDGEMENT, NotificationOutcome.SENT, 1);

      smtp.close();
      STACK.publish(duringOutage);
      assertThat(outcomes(events, duringOutage, NotificationKind.ACKNOWLEDGEMENT, NotificationOutcome.FAILED, 1))
          .extracting(NotificationAttempted::getAttempts).containsExactly(1);
      Document waiting = outbox(duringOutage.getCaseId() + ":ACKNOWLEDGEMENT");
      assertThat(waiting.getString("status")).isEqualTo("PENDING");
      assertThat(waiting.getString("lastFailure")).isNotBlank();
      assertThat(waiting.getDate("retryAt").toInstant()).isEqualTo(CLOCK.instant().plusSeconds(10));

      CLOCK.advance(Duration.ofMinutes(30));
      // The case was followed though its acknowledgement waits: its first status mail came due too.
      outcomes(events, early, NotificationKind.STATUS_UPDATE, NotificationOutcome.FAILED, 1);
      outcomes(events, duringOutage, NotificationKind.STATUS_UPDATE, NotificationOutcome.FAILED, 1);
      assertThat(outbox(early.getCaseId() + ":STATUS_UPDATE:1").getString("status")).isEqualTo("PENDING");
      // Its time came while the server was still away: tried again, failed again, waits longer.
      assertThat(outcomes(events, duringOutage, NotificationKind.ACKNOWLEDGEMENT, NotificationOutcome.FAILED, 2))
          .extracting(NotificationAttempted::getAttempts).containsExactly(1, 2);

      smtp = MailServer.smtpOnly("127.0.0.1", SMTP_PORT);
      CLOCK.advance(Duration.ofMinutes(1));
      assertThat(outcomes(events, duringOutage, NotificationKind.ACKNOWLEDGEMENT, NotificationOutcome.SENT, 1))
          .extracting(NotificationAttempted::getAttempts).containsExactly(3);
      outcomes(events, early, NotificationKind.STATUS_UPDATE, NotificationOutcome.SENT, 1);
      outcomes(events, duringOutage, NotificationKind.STATUS_UPDATE, NotificationOutcome.SENT, 1);

      // Nothing was dead-lettered (the binder would have done so before the case's status mail came due).
      assertThat(dlq.rawWithin(Duration.ofSeconds(1))).filteredOn(r -> duringOutage.getCaseId().equals(r.key())
          || early.getCaseId().equals(r.key())).isEmpty();
    }
    assertThat(outbox(duringOutage.getCaseId() + ":ACKNOWLEDGEMENT").getString("status")).isEqualTo("SENT");
    assertThat(messageIds()).filteredOn(id -> id.contains(early.getCaseId()) || id.contains(duringOutage.getCaseId()))
        .containsExactlyInAnyOrder(
            "<" + early.getCaseId() + ".STATUS_UPDATE.1@supportflow>",
            "<" + duringOutage.getCaseId() + ".ACKNOWLEDGEMENT@supportflow>",
            "<" + duringOutage.getCaseId() + ".STATUS_UPDATE.1@supportflow>");
  }

  private static List<NotificationAttempted> outcomes(TopicProbe events, EntitlementDecided d, NotificationKind kind,
      NotificationOutcome outcome, int count) {
    return events.await(NotificationAttempted.class, e -> e.getCaseId().equals(d.getCaseId())
        && e.getKind() == kind && e.getOutcome() == outcome, count, DEADLINE);
  }

  private Document outbox(String notificationId) {
    return database.getCollection("outbox").find(Filters.eq("_id", notificationId)).first();
  }

  // Of the server as restarted: the earlier instance's messages went with it.
  private static List<String> messageIds() {
    return Arrays.stream(smtp.greenMail().getReceivedMessages()).map(MailServerOutageFlowTest::messageId).toList();
  }

  private static String messageId(MimeMessage m) {
    try {
      return m.getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static EntitlementDecided p1(Instant received) {
    return SampleDecisions.entitled(UUID.randomUUID().toString(), received,
            new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TimeUnit.CLOCK_MINUTES))
        .setReporter(new Reporter("Olivia Ops",
            "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example", null))
        .build();
  }
}
