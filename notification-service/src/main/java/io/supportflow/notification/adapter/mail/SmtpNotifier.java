package io.supportflow.notification.adapter.mail;

import io.supportflow.notification.application.MailRefusedException;
import io.supportflow.notification.application.Notifier;
import io.supportflow.notification.domain.OutgoingMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.StreamProvider;
import java.nio.charset.StandardCharsets;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.exceptions.TemplateEngineException;

/**
 * Sends a mail over SMTP as multipart/alternative (plain text first, then HTML, from the tenant's
 * templates) with the notification's own Message-ID, its thread headers and the headers that mark it
 * automatic (Auto-Submitted, X-Auto-Response-Suppress). A mail that cannot be
 * built (bad address, broken template) is a MailRefusedException, which is not worth retrying.
 * Mails go over connections kept open between them ({@link SmtpConnections}).
 */
public record SmtpNotifier(SmtpConnections connections, MailTemplates templates, String from) implements Notifier {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  static {
    // Jakarta Mail looks its stream provider up through ServiceLoader for every multipart and body
    // part it makes, unless this property names it: that scan of the service's nested jars was 9% of
    // notification's CPU under the pipeline's load (JFR, 2026-12-07). Angus Mail is the one provider.
    System.getProperties().putIfAbsent(StreamProvider.class.getName(), MailStreamProvider.class.getName());
  }

  @Override
  public void send(OutgoingMail mail) {
    MimeMessage message = connections.createMimeMessage();
    try {
      MailTemplates.Rendered rendered = templates.render(mail);
      MimeMessageHelper helper = new MimeMessageHelper(message, UTF_8);
      helper.setFrom(from);
      helper.setTo(mail.recipient());
      helper.setSubject(mail.subject());
      // Readers show the last part they understand, so the richer HTML comes second.
      MimeMultipart alternative = new MimeMultipart("alternative");
      alternative.addBodyPart(part(rendered.text(), "plain"));
      alternative.addBodyPart(part(rendered.html(), "html"));
      message.setContent(alternative);
      // SmtpConnections keeps an explicit Message-ID when it saves the message, so a resend of the
      // same notification can be recognised by the receiving side.
      message.setHeader("Message-ID", mail.messageId());
      // Machine mail says so: RFC 3834 for responders, X-Auto-Response-Suppress for Exchange/Outlook.
      message.setHeader("Auto-Submitted", mail.autoSubmitted());
      message.setHeader("X-Auto-Response-Suppress", "All");
      if (mail.inReplyTo() != null) {
        // Threads the mail under the acknowledgement in the reader's client and at intake.
        message.setHeader("In-Reply-To", mail.inReplyTo());
        message.setHeader("References", mail.inReplyTo());
      }
    } catch (MessagingException | TemplateEngineException e) {
      throw new MailRefusedException("Cannot build mail " + mail.notificationId() + ": " + e.getMessage(), e);
    }
    connections.send(message);
  }

  private static MimeBodyPart part(String content, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(content, UTF_8, subtype);
    return part;
  }
}
