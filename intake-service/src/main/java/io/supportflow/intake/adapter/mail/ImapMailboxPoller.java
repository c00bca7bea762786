package io.supportflow.intake.adapter.mail;

import io.supportflow.intake.application.TenantChannels;
import io.supportflow.intake.application.mail.Mailbox;
import io.supportflow.intake.application.mail.ReceiveMail;
import io.supportflow.intake.domain.InboundMail;
import io.supportflow.observability.logging.CaseLogContext;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Properties;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Reads each tenant's support mailbox over IMAP. A mail is handed to {@link ReceiveMail} and, once
 * that succeeded, moved to the processed folder; a mail that cannot be read goes to the quarantine
 * folder with the reason in an {@code X-SupportFlow-Quarantine-Reason} header. A mail whose
 * handling failed (database away) stays in the inbox for the next round: none is lost, and the
 * Message-ID receipts make a second reading harmless.
 */
public record ImapMailboxPoller(TenantChannels channels, ReceiveMail receiveMail, MimeMailReader reader, Clock clock,
    int batch) {

  public static final String REASON_HEADER = "X-SupportFlow-Quarantine-Reason";
  private static final System.Logger LOG = System.getLogger(ImapMailboxPoller.class.getName());

  @Scheduled(fixedDelayString = "${supportflow.intake.mail.poll-interval}") // default in application.yml
  public void pollAll() {
    for (Mailbox mailbox : channels.mailboxes()) {
      try {
        poll(mailbox);
      } catch (MessagingException | RuntimeException e) {
        LOG.log(Level.WARNING, "Could not read " + mailbox + ": " + e.getMessage());
      }
    }
  }

  /** Reads one batch of the mailbox; returns how many mails left the inbox. */
  public int poll(Mailbox mailbox) throws MessagingException {
    Session session = Session.getInstance(properties(mailbox));
    try (Store store = session.getStore(mailbox.ssl() ? "imaps" : "imap")) {
      store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
      Folder inbox = store.getFolder(mailbox.folder());
      inbox.open(Folder.READ_WRITE);
      int moved = 0;
      try {
        Folder processed = existing(store, mailbox.processedFolder());
        Folder quarantine = existing(store, mailbox.quarantineFolder());
        int count = inbox.getMessageCount();
        for (Message message : count == 0 ? new Message[0] : inbox.getMessages(1, Math.min(count, batch))) {
          try {
            if (!message.isSet(Flags.Flag.DELETED) && handle(mailbox, session, message, inbox, processed, quarantine)) {
              moved++;
            }
          } finally {
            CaseLogContext.clear(); // the next mail may be another case's
          }
        }
      } finally {
        inbox.close(true); // expunges what was moved
      }
      return moved;
    }
  }

  private boolean handle(Mailbox mailbox, Session session, Message message, Folder inbox, Folder processed,
      Folder quarantine) throws MessagingException {
    int size = message.getSize();
    if (size > reader.limits().maxBytes()) {
      inbox.copyMessages(new Message[] {message}, quarantine);
      quarantine.appendMessages(new Message[] {note(session, mailbox, message,
          "mail of " + size + " bytes is over the limit of " + reader.limits().maxBytes())});
      message.setFlag(Flags.Flag.DELETED, true);
      return true;
    }
    byte[] raw;
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 1024));
      message.writeTo(out);
      raw = out.toByteArray();
    } catch (IOException e) {
      throw new MessagingException("could not fetch a mail", e);
    }
    InboundMail mail;
    try {
      mail = reader.read(raw);
    } catch (UnreadableMailException e) {
      quarantine.appendMessages(new Message[] {withReason(session, raw, e.getMessage())});
      message.setFlag(Flags.Flag.DELETED, true);
      LOG.log(Level.WARNING, "Quarantined a mail of " + mailbox + ": " + e.getMessage());
      return true;
    }
    try {
      receiveMail.receive(mailbox.tenantId(), mail);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail " + mail.messageId() + " of " + mailbox + " stays in the inbox: " + e.getMessage());
      return false;
    }
    inbox.copyMessages(new Message[] {message}, processed);
    message.setFlag(Flags.Flag.DELETED, true);
    return true;
  }

  /** The original bytes with the reason header put in front: the mail itself is not changed. */
  private static MimeMessage withReason(Session session, byte[] raw, String reason) throws MessagingException {
    byte[] header = (REASON_HEADER + ": " + headerSafe(reason) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] kept = new byte[header.length + raw.length];
    System.arraycopy(header, 0, kept, 0, header.length);
    System.arraycopy(raw, 0, kept, header.length, raw.length);
    return new MimeMessage(session, new ByteArrayInputStream(kept));
  }

  /** A small note next to a mail too large to read, saying why it sits in the quarantine. */
  private MimeMessage note(Session session, Mailbox mailbox, Message original, String reason)
      throws MessagingException {
    String[] ids = original.getHeader("Message-ID");
    String text = "Subject: Quarantined: " + headerSafe(reason) + "\r\n"
        + REASON_HEADER + ": " + headerSafe(reason) + "\r\n"
        + "From: intake-service <" + headerSafe(mailbox.user()) + ">\r\n"
        + "Date: " + new jakarta.mail.internet.MailDateFormat().format(java.util.Date.from(clock.instant())) + "\r\n"
        + "Content-Type: text/plain; charset=US-ASCII\r\n\r\n"
        + "The mail " + (ids == null ? "without Message-ID" : headerSafe(ids[0]))
        + " was not read: " + headerSafe(reason) + ". It is kept next to this note.\r\n";
    return new MimeMessage(session, new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String headerSafe(String text) {
    String ascii = text == null ? "" : text.replaceAll("[^\\x20-\\x7E]", " ");
    return ascii.length() > 300 ? ascii.substring(0, 300) : ascii;
  }

  private static Folder existing(Store store, String name) throws MessagingException {
    Folder folder = store.getFolder(name);
    if (!folder.exists()) {
      folder.create(Folder.HOLDS_MESSAGES);
    }
    return folder;
  }

  private static Properties properties(Mailbox mailbox) {
    String protocol = mailbox.ssl() ? "imaps" : "imap";
    Properties p = new Properties();
    p.put("mail." + protocol + ".connectiontimeout", "10000");
    p.put("mail." + protocol + ".timeout", "30000");
    p.put("mail." + protocol + ".writetimeout", "30000");
    if (mailbox.ssl()) {
      p.put("mail.imaps.ssl.checkserveridentity", "true");
    }
    return p;
  }
}
