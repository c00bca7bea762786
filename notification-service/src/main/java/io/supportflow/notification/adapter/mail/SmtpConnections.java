package io.supportflow.notification.adapter.mail;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Connected SMTP transports kept open between mails, so a mail costs MAIL, RCPT and DATA instead of
 * a whole session (connect, greeting, EHLO, ..., QUIT). A sending thread takes a connection for
 * itself for the length of one send and gives it back, so no connection is ever used by two threads
 * at once and there are never more open than threads sending at the same time (the consumer threads
 * and the status-mail timer's). A connection that has been idle for {@code idleTimeout} is closed,
 * and all of them on {@link #close()}; a zero idle timeout closes each after its mail.
 *
 * <p>A kept connection may have died meanwhile (the server restarted, or dropped it as idle): a send
 * over a kept connection that fails because the connection is gone is sent once more over a new one
 * before the failure is reported. Any failed send discards its connection. Failures are reported as
 * {@link JavaMailSenderImpl} reports them ({@link MailAuthenticationException}, {@link
 * MailSendException}), so the retry and the circuit breaker around it see what they saw before.
 */
public final class SmtpConnections implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(SmtpConnections.class.getName());
  private static final Duration MIN_SWEEP = Duration.ofMillis(100);

  private final JavaMailSenderImpl settings;
  private final Duration idleTimeout;
  private final Clock clock;
  private final Deque<Connection> idle = new ArrayDeque<>(); // most recently used first
  private final AtomicInteger opened = new AtomicInteger();
  private final ScheduledExecutorService sweeper;
  private boolean closed;

  /**
   * @param settings host, port, credentials and session (Spring Boot's {@code spring.mail.*})
   * @param idleTimeout how long an unused connection stays open; zero: one connection per mail
   */
  public SmtpConnections(JavaMailSenderImpl settings, Duration idleTimeout, Clock clock) {
    if (idleTimeout.isNegative()) {
      throw new IllegalArgumentException("SMTP connection idle timeout must not be negative: " + idleTimeout);
    }
    this.settings = settings;
    this.idleTimeout = idleTimeout;
    this.clock = clock;
    if (idleTimeout.isZero()) {
      sweeper = null;
    } else {
      sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "smtp-idle-closer");
        t.setDaemon(true);
        return t;
      });
      long every = Math.max(idleTimeout.dividedBy(4).toMillis(), MIN_SWEEP.toMillis());
      sweeper.scheduleWithFixedDelay(this::closeIdleQuietly, every, every, TimeUnit.MILLISECONDS);
    }
  }

  MimeMessage createMimeMessage() {
    return settings.createMimeMessage();
  }

  /** Sends the message over a kept connection, or a new one; see the class comment for failures. */
  void send(MimeMessage message) {
    Address[] recipients;
    try {
      // As JavaMailSenderImpl does: saveChanges would replace the Message-ID, so it is put back.
      if (message.getSentDate() == null) {
        message.setSentDate(new Date());
      }
      String messageId = message.getMessageID();
      message.saveChanges();
      if (messageId != null) {
        message.setHeader("Message-ID", messageId);
      }
      Address[] all = message.getAllRecipients();
      recipients = all == null ? new Address[0] : all;
    } catch (MessagingException e) {
      throw new MailSendException(Map.of(message, e));
    }
    Connection connection = take(message);
    try {
      connection.transport().sendMessage(message, recipients);
    } catch (MessagingException | IllegalStateException e) {
      boolean lost = lost(connection, e);
      discard(connection);
      if (!connection.kept() || !lost) {
        throw new MailSendException(Map.of(message, e));
      }
      LOG.log(Level.DEBUG, () -> "Kept SMTP connection was gone (" + e.getMessage() + "); sending again on a new one");
      resendOnNewConnection(message, recipients, e);
      return;
    }
    giveBack(connection);
  }

  private void resendOnNewConnection(MimeMessage message, Address[] recipients, Exception first) {
    Connection fresh = connect(message);
    try {
      fresh.transport().sendMessage(message, recipients);
    } catch (MessagingException | IllegalStateException e) {
      discard(fresh);
      e.addSuppressed(first);
      throw new MailSendException(Map.of(message, e));
    }
    giveBack(fresh);
  }

  private Connection take(MimeMessage message) {
    synchronized (idle) {
      Connection kept = idle.pollFirst();
      if (kept != null) {
        return new Connection(kept.transport(), kept.lastUsed(), true);
      }
    }
    return connect(message);
  }

  private Connection connect(MimeMessage message) {
    String username = settings.getUsername();
    String password = settings.getPassword();
    if ("".equals(username)) { // as JavaMailSenderImpl: no credentials
      username = null;
      if ("".equals(password)) {
        password = null;
      }
    }
    Transport transport = null;
    try {
      String protocol = settings.getProtocol();
      if (protocol == null) {
        protocol = settings.getSession().getProperty("mail.transport.protocol");
      }
      transport = settings.getSession().getTransport(protocol == null ? JavaMailSenderImpl.DEFAULT_PROTOCOL : protocol);
      transport.connect(settings.getHost(), settings.getPort(), username, password);
      opened.incrementAndGet();
      return new Connection(transport, clock.instant(), false);
    } catch (AuthenticationFailedException e) {
      closeQuietly(transport);
      throw new MailAuthenticationException(e);
    } catch (MessagingException e) {
      closeQuietly(transport);
      throw new MailSendException("Mail server connection failed", e, Map.of(message, e));
    }
  }

  /** Gone: the connection broke under the send, or the server no longer answers on it. */
  private static boolean lost(Connection connection, Exception failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException || t instanceof IllegalStateException) {
        return true;
      }
    }
    try {
      return !connection.transport().isConnected(); // SMTP: a NOOP on the connection
    } catch (RuntimeException e) {
      return true;
    }
  }

  private void giveBack(Connection connection) {
    synchronized (idle) {
      if (!closed && !idleTimeout.isZero()) {
        idle.addFirst(new Connection(connection.transport(), clock.instant(), false));
        return;
      }
    }
    discard(connection);
  }

  private void discard(Connection connection) {
    closeQuietly(connection.transport());
  }

  /** Closes the connections unused for the idle timeout; the sweeper calls it, and tests. */
  void closeIdle() {
    Instant cutoff = clock.instant().minus(idleTimeout);
    List<Connection> stale = new ArrayList<>();
    synchronized (idle) {
      while (!idle.isEmpty() && !idle.peekLast().lastUsed().isAfter(cutoff)) {
        stale.add(idle.pollLast());
      }
    }
    stale.forEach(this::discard);
  }

  private void closeIdleQuietly() {
    try {
      closeIdle();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing idle SMTP connections failed: " + e.getMessage());
    }
  }

  /** How many connections have been opened so far (a reused connection is not counted again). */
  int opened() {
    return opened.get();
  }

  /** How many connections are open and unused now. */
  int idle() {
    synchronized (idle) {
      return idle.size();
    }
  }

  /** Closes the unused connections; one in use is closed when its send ends. */
  @Override
  public void close() {
    List<Connection> all;
    synchronized (idle) {
      closed = true;
      all = new ArrayList<>(idle);
      idle.clear();
    }
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
    all.forEach(this::discard);
  }

  private static void closeQuietly(Transport transport) {
    if (transport == null) {
      return;
    }
    try {
      transport.close(); // QUIT, then the socket
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.DEBUG, () -> "Closing an SMTP connection failed: " + e.getMessage());
    }
  }

  /** A connected transport, when it was last used, and whether it was kept from an earlier send. */
  private record Connection(Transport transport, Instant lastUsed, boolean kept) {}
}
