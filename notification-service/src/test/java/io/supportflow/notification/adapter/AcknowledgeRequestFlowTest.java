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
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.SampleDecisions;
import io.supportflow.infra.testing.TopicProbe;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The acknowledgement flow against a real KRaft broker, Apicurio registry, Mongo wire server and GreenMail. */
@SpringBootTest(properties = "supportflow.mongodb.database=notification-flow-test")
class AcknowledgeRequestFlowTest {

  private static final TestStack STACK = TestStack.shared();
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final Instant NOW = Instant.parse("2026-11-24T09:15:05Z");
  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");

  @DynamicPropertySource
  static void stack(DynamicPropertyRegistry registry) {
    STACK.springProperties().forEach((k, v) -> registry.add(k, () -> v));
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired MongoDatabase database;

  @Test
  void anEntitledReporterGetsOneAcknowledgementAndItsOutcomeIsPublishedKeyedByCase() throws Exception {
    EntitlementDecided decision = entitled(UUID.randomUUID().toString(), uniqueAddress());
    String caseId = decision.getCaseId();
    String recipient = decision.getReporter().getEmail();
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish("contracts.entitlements", decision.getCaseId(), decision);

      NotificationAttempted attempted = events.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(caseId), 1, DEADLINE).getFirst();

      String subject = "[ACME-000042] We have received your request: Checkout is down";
      assertThat(attempted).isEqualTo(NotificationAttempted.newBuilder()
          .setEventId(UUID.nameUUIDFromBytes(
              ("notification:" + caseId + ":ACKNOWLEDGEMENT:SENT").getBytes(StandardCharsets.UTF_8)).toString())
          .setOccurredAt(NOW)
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

      MimeMessage mail = single(mailsTo(recipient));
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
      Document outbox = database.getCollection("outbox").find(Filters.eq("_id", caseId + ":ACKNOWLEDGEMENT")).first();
      assertThat(outbox.getString("status")).isEqualTo("SENT");
      assertThat(outbox.getString("decisionEventId")).isEqualTo(decision.getEventId());
    }
  }

  @Test
  void aRedeliveredDecisionRepeatsTheOutcomeAndSendsNoSecondMail() throws Exception {
    EntitlementDecided decision = entitled(UUID.randomUUID().toString(), uniqueAddress());
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish("contracts.entitlements", decision.getCaseId(), decision);
      STACK.publish("contracts.entitlements", decision.getCaseId(), decision);

      List<NotificationAttempted> both = events.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(decision.getCaseId()), 2, DEADLINE);

      assertThat(both.get(1)).isEqualTo(both.get(0));
      assertThat(mailsTo(decision.getReporter().getEmail())).hasSize(1);
    }
  }

  @Test
  void aReporterWithoutSupportIsToldWhyWithTheTimeInUtc() throws Exception {
    EntitlementDecided refused = notEntitled(UUID.randomUUID().toString(), uniqueAddress());
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish("contracts.entitlements", refused.getCaseId(), refused);

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
  void aReporterWithoutAnAddressGetsNoMailAndNothingIsPublished() throws Exception {
    String caseId = UUID.randomUUID().toString();
    EntitlementDecided noAddress = EntitlementDecided.newBuilder(entitled(caseId, null))
        .setReporter(new Reporter("Phone Caller", null, "+31201234567"))
        .build();
    // A later decision on the same case (same key, same partition) marks that the first was handled.
    EntitlementDecided later = entitled(caseId, uniqueAddress());
    try (TopicProbe events = STACK.probe("notification.events")) {
      STACK.publish("contracts.entitlements", noAddress.getCaseId(), noAddress);
      STACK.publish("contracts.entitlements", later.getCaseId(), later);

      NotificationAttempted first = events.await(NotificationAttempted.class,
          e -> e.getCaseId().equals(caseId), 1, DEADLINE).getFirst();

      assertThat(first.getRecipient()).as("the first outcome on the case is the later decision's")
          .isEqualTo(later.getReporter().getEmail());
      assertThat(events.awaitRaw(r -> caseId.equals(r.key()), 1, DEADLINE))
          .as("no record at all, not even a tombstone, for the decision without an address").hasSize(1);
      assertThat(Arrays.stream(STACK.mail().getReceivedMessages())
          .filter(m -> messageId(m).equals("<" + caseId + ".ACKNOWLEDGEMENT@supportflow>"))).hasSize(1);
    }
  }

  @Test
  void aMailThatCannotBeSentIsTriedThreeTimesThenDeadLetteredWithTheReason() {
    EntitlementDecided badAddress = entitled(UUID.randomUUID().toString(), "ops@@northwind.example");
    try (TopicProbe dlq = new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "notification.dlq")) {
      STACK.publish("contracts.entitlements", badAddress.getCaseId(), badAddress);

      ConsumerRecord<String, byte[]> dead =
          dlq.awaitRaw(r -> badAddress.getCaseId().equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(TopicProbe.header(dead, "x-exception-message"))
          .contains("Cannot build mail " + badAddress.getCaseId() + ":ACKNOWLEDGEMENT")
          .contains("Domain contains illegal character");
      assertThat(dlq.await(EntitlementDecided.class,
          d -> d.getCaseId().equals(badAddress.getCaseId()), 1, DEADLINE)).containsExactly(badAddress);
      Document outbox = database.getCollection("outbox")
          .find(Filters.eq("_id", badAddress.getCaseId() + ":ACKNOWLEDGEMENT")).first();
      assertThat(outbox.getString("status")).isEqualTo("PENDING");
      assertThat(outbox.getInteger("attempts")).as("max-attempts of the binding").isEqualTo(3);
    }
  }

  @Test
  void anUnreadableRecordGoesToTheDeadLetterTopicWithTheReasonAndTheNextOneFlows() {
    String poisonKey = UUID.randomUUID().toString();
    EntitlementDecided next = entitled(UUID.randomUUID().toString(), uniqueAddress());
    try (TopicProbe dlq = new TopicProbe(STACK.kafkaBootstrapServers(), STACK.schemaRegistryUrl(), "notification.dlq");
        TopicProbe events = STACK.probe("notification.events")) {
      STACK.publishRaw("contracts.entitlements", poisonKey,
          "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8));
      STACK.publish("contracts.entitlements", next.getCaseId(), next);

      ConsumerRecord<String, byte[]> dead =
          dlq.awaitRaw(r -> poisonKey.equals(r.key()), 1, DEADLINE).getFirst();
      assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{\"not\":\"avro\"}");
      assertThat(TopicProbe.header(dead, "x-exception-message")).contains("not in Confluent's Avro wire format");
      assertThat(TopicProbe.header(dead, "x-original-topic")).isEqualTo("contracts.entitlements");
      events.await(NotificationAttempted.class, e -> e.getCaseId().equals(next.getCaseId()), 1, DEADLINE);
    }
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

  private static MimeMessage single(List<MimeMessage> mails) {
    assertThat(mails).hasSize(1);
    return mails.getFirst();
  }

  private static String body(MimeMessage mail) throws MessagingException, IOException {
    return mail.getContent().toString().replace("\r\n", "\n");
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
