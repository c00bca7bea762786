package io.supportflow.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.notification.adapter.mail.MailTemplates;
import io.supportflow.notification.adapter.mail.SmtpConnections;
import io.supportflow.notification.adapter.mail.SmtpNotifier;
import io.supportflow.notification.adapter.persistence.MongoOutbox;
import io.supportflow.notification.application.MailDelivery;
import io.supportflow.notification.application.NotificationFailed;
import io.supportflow.notification.application.NotificationSent;
import io.supportflow.notification.application.Outbox;
import io.supportflow.notification.application.OutboxEntry;
import io.supportflow.notification.application.PendingNotification;
import io.supportflow.notification.application.WaitingMail;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The service dies after the mail server took a mail and before the outbox recorded it: the
 * restarted service sends it again with the same Message-ID (so the receiving side can drop the
 * copy), records it sent once, and announces one outcome. Real SMTP (GreenMail) and Mongo outbox.
 */
class CrashBetweenSendAndRecordTest {

  private static final TestStack STACK = TestStack.shared();
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:15:04Z"), ZoneOffset.UTC);
  private static MongoClient client;
  private static MongoDatabase database;

  @BeforeAll
  static void connect() {
    client = MongoClients.create(STACK.mongoUri());
    database = client.getDatabase("notification-crash-" + UUID.randomUUID());
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Test
  void theRestartedServiceResendsWithTheSameMessageIdAndCountsItSentOnce() throws Exception {
    String recipient = "ops-" + UUID.randomUUID().toString().substring(0, 8) + "@northwind.example";
    OutgoingMail mail = OutgoingMail.onCase("acme", "case-" + UUID.randomUUID(), NotificationKind.RESOLUTION, "r-1",
        recipient, "[ACME-000042] Your request has been resolved: Checkout is down",
        OutgoingMail.fields("reporterName", "Olivia Ops", "caseNumber", "ACME-000042", "subject", "Checkout is down"));
    try (SmtpConnections connections = new SmtpConnections(sender(), Duration.ofSeconds(30), Clock.systemUTC())) {
      SmtpNotifier smtp = new SmtpNotifier(connections, new MailTemplates(null, Duration.ofMinutes(1)),
          "support@acme-support.example");
      MailDelivery dying = new MailDelivery(new DiesBeforeRecordingSent(new MongoOutbox(database)), smtp, CLOCK);

      assertThatThrownBy(() -> deliver(dying, mail)).hasMessage("killed between send and record");
      assertThat(outboxEntry(mail).getString("status")).isEqualTo("PENDING");

      MailDelivery restarted = new MailDelivery(new MongoOutbox(database), smtp, CLOCK);
      NotificationSent sent = deliver(restarted, mail);
      NotificationSent redelivered = deliver(restarted, mail);

      assertThat(messageIdsTo(recipient)).containsExactly(mail.messageId(), mail.messageId());
      assertThat(sent.attempts()).isEqualTo(2);
      assertThat(redelivered).as("one outcome, whatever is redelivered").isEqualTo(sent);
      Document entry = outboxEntry(mail);
      assertThat(entry.getString("status")).isEqualTo("SENT");
      assertThat(entry.getInteger("attempts")).isEqualTo(2);
      assertThat(entry.get("emitted", Document.class).getString("eventId")).isEqualTo(sent.eventId());
    }
  }

  private static NotificationSent deliver(MailDelivery delivery, OutgoingMail mail) {
    return (NotificationSent) delivery.deliverOnce(mail.tenantId(), mail.notificationId().split(":")[0], "ACME-000042",
        "r-1", mail).orElseThrow();
  }

  private static Document outboxEntry(OutgoingMail mail) {
    return database.getCollection("outbox").find(new Document("_id", mail.notificationId())).first();
  }

  private static List<String> messageIdsTo(String recipient) throws MessagingException {
    List<String> ids = new ArrayList<>();
    for (MimeMessage m : STACK.mail().getReceivedMessages()) {
      if (recipient.equals(m.getRecipients(Message.RecipientType.TO)[0].toString())) {
        ids.add(m.getMessageID());
      }
    }
    return ids;
  }

  private static JavaMailSenderImpl sender() {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(STACK.smtpPort());
    return sender;
  }

  /** The real outbox, but the process "dies" when it is about to record the send. */
  private record DiesBeforeRecordingSent(Outbox outbox) implements Outbox {
    @Override
    public OutboxEntry open(PendingNotification n) {
      return outbox.open(n);
    }

    @Override
    public void markSent(NotificationSent sent) {
      throw new IllegalStateException("killed between send and record");
    }

    @Override
    public void defer(NotificationFailed failed, Instant retryAt) {
      outbox.defer(failed, retryAt);
    }

    @Override
    public void makeWaitingDue(Instant now) {
      outbox.makeWaitingDue(now);
    }

    @Override
    public List<WaitingMail> leaseDue(Instant now, Instant leaseUntil, int limit) {
      return outbox.leaseDue(now, leaseUntil, limit);
    }

    @Override
    public void markGivenUp(NotificationFailed failed) {
      outbox.markGivenUp(failed);
    }
  }
}
