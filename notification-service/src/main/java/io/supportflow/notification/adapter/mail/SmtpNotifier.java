package io.supportflow.notification.adapter.mail;

import io.supportflow.notification.application.Notifier;
import io.supportflow.notification.domain.OutgoingMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends plain-text mail over SMTP with the notification's own Message-ID and its thread headers. */
public final class SmtpNotifier implements Notifier {

  private final JavaMailSender sender;
  private final String from;

  public SmtpNotifier(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public void send(OutgoingMail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(mail.recipient());
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      // JavaMailSenderImpl keeps an explicit Message-ID when it saves the message, so a resend of
      // the same notification can be recognised by the receiving side.
      message.setHeader("Message-ID", mail.messageId());
      if (mail.inReplyTo() != null) {
        // Threads the mail under the acknowledgement in the reader's client and at intake.
        message.setHeader("In-Reply-To", mail.inReplyTo());
        message.setHeader("References", mail.inReplyTo());
      }
    } catch (MessagingException e) {
      throw new MailPreparationException("Cannot build mail " + mail.notificationId() + ": " + e.getMessage(), e);
    }
    sender.send(message);
  }
}
