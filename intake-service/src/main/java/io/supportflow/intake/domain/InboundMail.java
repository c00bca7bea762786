package io.supportflow.intake.domain;

import java.util.List;
import java.util.Objects;

/**
 * A mail as the desk reads it, whatever transport brought it. {@code returnPath} is null without
 * the header and empty for the null sender ({@code <>}) that bounces use. {@code recipients} are
 * the To and Cc addresses, lower case.
 */
public record InboundMail(
    String messageId,
    String fromAddress,
    String fromName,
    String returnPath,
    String subject,
    List<String> inReplyTo,
    List<String> references,
    String autoSubmitted,
    String precedence,
    String listId,
    boolean autoReplyHeader,
    String mimeType,
    String contentLanguage,
    String text,
    List<Attachment> attachments,
    List<String> recipients) {

  /** A mail whose To and Cc are not known (or not needed). */
  public InboundMail(String messageId, String fromAddress, String fromName, String returnPath, String subject,
      List<String> inReplyTo, List<String> references, String autoSubmitted, String precedence, String listId,
      boolean autoReplyHeader, String mimeType, String contentLanguage, String text, List<Attachment> attachments) {
    this(messageId, fromAddress, fromName, returnPath, subject, inReplyTo, references, autoSubmitted, precedence,
        listId, autoReplyHeader, mimeType, contentLanguage, text, attachments, List.of());
  }

  public InboundMail {
    Objects.requireNonNull(messageId, "messageId");
    inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
    references = references == null ? List.of() : List.copyOf(references);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    recipients = recipients == null ? List.of()
        : recipients.stream().map(ReplyAuthorisation::normalised).filter(a -> !a.isEmpty()).distinct().toList();
    // Encoded words decode to anything, CR/LF included: the same one-line rule as every channel.
    text = text == null ? "" : InputHygiene.multiLine(text);
    subject = subject == null ? "" : InputHygiene.oneLine("subject", subject);
    fromName = InputHygiene.oneLine("from", fromName);
  }

  /** Every Message-ID this mail says it answers: In-Reply-To first, then References, newest first. */
  public List<String> answered() {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(inReplyTo);
    ids.addAll(references.reversed());
    return List.copyOf(ids);
  }
}
