package io.supportflow.notification.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.infra.stack.MailServer;
import io.supportflow.infra.stack.PortCheck;
import io.supportflow.infra.testing.MutableClock;
import io.supportflow.notification.application.MailRefusedException;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mails over SMTP connections kept open between them: reused, renewed when gone, closed when idle. */
class SmtpConnectionsTest {

  private static final MailTemplates TEMPLATES = new MailTemplates(null, Duration.ofMinutes(1));
  private static final String FROM = "support@acme-support.example";
  private static final String HOST = "127.0.0.1";

  private final int port = PortCheck.freePort();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:15:00Z"));
  private final List<SmtpConnections> opened = new ArrayList<>();
  private MailServer server = MailServer.smtpOnly(HOST, port);
  /** Connections kept for 30 seconds, and the notifier sending over them; a test wanting others makes its own. */
  private final SmtpConnections connections = connections(Duration.ofSeconds(30));
  private final SmtpNotifier smtp = new SmtpNotifier(connections, TEMPLATES, FROM);

  @AfterEach
  void stop() {
    opened.forEach(SmtpConnections::close);
    server.close();
  }

  @Test
  void severalMailsGoOverOneConnection() throws Exception {

    smtp.send(breach("clock-1"));
    smtp.send(breach("clock-2"));
    smtp.send(breach("clock-3"));

    assertThat(messageIds(server)).containsExactly("<case-1.SLA_BREACH.clock-1@supportflow>",
        "<case-1.SLA_BREACH.clock-2@supportflow>", "<case-1.SLA_BREACH.clock-3@supportflow>");
    assertThat(connections.opened()).isEqualTo(1);
    assertThat(connections.idle()).as("kept open for the next mail").isEqualTo(1);
  }

  @Test
  void aMailAfterTheServerRestartedGoesOverANewConnectionWithoutFailing() throws Exception {
    smtp.send(breach("clock-1"));
    assertThat(messageIds(server)).containsExactly("<case-1.SLA_BREACH.clock-1@supportflow>");

    server.close();
    server = MailServer.smtpOnly(HOST, port);
    smtp.send(breach("clock-2")); // no retry around it: the kept connection's death is not a failure

    assertThat(messageIds(server)).containsExactly("<case-1.SLA_BREACH.clock-2@supportflow>");
    assertThat(connections.opened()).isEqualTo(2);
    assertThat(connections.idle()).isEqualTo(1);
  }

  @Test
  void aConnectionUnusedForTheIdleTimeoutIsClosedAndTheNextMailOpensANewOne() throws Exception {
    smtp.send(breach("clock-1"));

    clock.advance(Duration.ofSeconds(29));
    connections.closeIdle();
    assertThat(connections.idle()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    connections.closeIdle();
    assertThat(connections.idle()).isZero();

    smtp.send(breach("clock-2"));
    assertThat(messageIds(server)).hasSize(2);
    assertThat(connections.opened()).isEqualTo(2);
  }

  @Test
  void closingClosesTheKeptConnectionsAndKeepsNoneAfterwards() throws Exception {
    smtp.send(breach("clock-1"));

    connections.close();
    assertThat(connections.idle()).isZero();
    smtp.send(breach("clock-2")); // a mail still in flight at shutdown is sent, its connection not kept

    assertThat(messageIds(server)).hasSize(2);
    assertThat(connections.idle()).isZero();
  }

  @Test
  void aZeroIdleTimeoutSendsEachMailOverItsOwnConnection() throws Exception {
    SmtpConnections connections = connections(Duration.ZERO);
    SmtpNotifier smtp = new SmtpNotifier(connections, TEMPLATES, FROM);

    smtp.send(breach("clock-1"));
    smtp.send(breach("clock-2"));

    assertThat(messageIds(server)).hasSize(2);
    assertThat(connections.opened()).isEqualTo(2);
    assertThat(connections.idle()).isZero();
  }

  @Test
  void threadsSendingAtOnceNeverShareAConnection() throws Exception {
    int threads = 4;
    int each = 5;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> sending = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        sending.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < each; i++) {
            smtp.send(breach("t" + thread + "-" + i));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : sending) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(messageIds(server)).hasSize(threads * each).doesNotHaveDuplicates();
    assertThat(connections.opened()).isBetween(1, threads);
    assertThat(connections.idle()).isEqualTo(connections.opened());
  }

  @Test
  void aMailThatCannotBeBuiltIsRefusedWithoutOpeningAConnection() {
    OutgoingMail badAddress = OutgoingMail.onCase("acme", "case-1", NotificationKind.SLA_BREACH, "clock-1",
        "<unterminated@acme-support.example", "[ACME-000042] SLA breached", breach("clock-1").fields());

    assertThatThrownBy(() -> smtp.send(badAddress)).isInstanceOf(MailRefusedException.class);
    assertThat(connections.opened()).isZero();
    assertThat(server.greenMail().getReceivedMessages()).isEmpty();
  }

  private SmtpConnections connections(Duration idleTimeout) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
    SmtpConnections connections = new SmtpConnections(sender, idleTimeout, clock);
    opened.add(connections);
    return connections;
  }

  private static OutgoingMail breach(String clockId) {
    return OutgoingMail.onCase("acme", "case-1", NotificationKind.SLA_BREACH, clockId,
        "support-team@acme-support.example", "[ACME-000042] SLA breached: FIRST_RESPONSE (P1)",
        OutgoingMail.fields("caseNumber", "ACME-000042", "priority", "P1", "clock", "FIRST_RESPONSE",
            "deadline", "Tuesday 24 November 2026, 10:30 CET"));
  }

  private static List<String> messageIds(MailServer server) throws MessagingException {
    List<String> ids = new ArrayList<>();
    for (MimeMessage m : server.greenMail().getReceivedMessages()) {
      ids.add(m.getMessageID());
    }
    return ids;
  }
}
