package io.supportflow.intake.domain;

import java.util.List;
import java.util.Objects;

/**
 * A mail as the desk reads it, whatever transport brought it. {@code returnPath} is null without
 * the header and empty for the null sender ({@code <>}) that bounces use.
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
    List<Attachment> attachments) {

  public InboundMail {
    Objects.requireNonNull(messageId, "messageId");
    inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
    references = references == null ? List.of() : List.copyOf(references);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    text = text == null ? "" : text;
    subject = subject == null ? "" : subject;
  }

  /** Every Message-ID this mail says it answers: In-Reply-To first, then References, newest first. */
  public List<String> answered() {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(inReplyTo);
    ids.addAll(references.reversed());
    return List.copyOf(ids);
  }
}
