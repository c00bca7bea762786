package io.supportflow.intake.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps machines from talking to machines: auto-replies, bounces, list traffic and the desk's own
 * outgoing mail never open a case or add to one, or an out-of-office answering our
 * acknowledgement would answer itself forever (RFC 3834 asks exactly this of responders).
 */
public final class LoopGuard {

  private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
  private static final Set<String> SYSTEM_SENDERS = Set.of("mailer-daemon", "postmaster");

  private LoopGuard() {}

  /** Why this mail must not reach a case; empty when a person wrote it to the desk. */
  public static Optional<String> refusal(InboundMail mail, Set<String> ownAddresses) {
    return refusal(mail, ownAddresses, List.of());
  }

  /**
   * The same, with the tenant's own out-of-office phrases added to the built-in ones, for
   * responders that send no machine header at all.
   */
  public static Optional<String> refusal(InboundMail mail, Set<String> ownAddresses, List<String> tenantPhrases) {
    Optional<String> machine = machineRefusal(mail, ownAddresses);
    return machine.isPresent() ? machine : OutOfOffice.recognised(mail, tenantPhrases);
  }

  private static Optional<String> machineRefusal(InboundMail mail, Set<String> ownAddresses) {
    String from = lower(mail.fromAddress());
    if (from.isEmpty()) {
      return Optional.of("no sender address");
    }
    if (ownAddresses.stream().anyMatch(own -> own.equalsIgnoreCase(from))) {
      return Optional.of("sent by the desk itself (" + from + ")");
    }
    if (lower(mail.messageId()).endsWith("@supportflow>")) {
      return Optional.of("one of our own outgoing mails (Message-ID " + mail.messageId() + ")");
    }
    String autoSubmitted = lower(mail.autoSubmitted());
    if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
      return Optional.of("automatic mail (Auto-Submitted: " + autoSubmitted + ")");
    }
    if (BULK_PRECEDENCE.contains(lower(mail.precedence()))) {
      return Optional.of("bulk or list mail (Precedence: " + lower(mail.precedence()) + ")");
    }
    if (!lower(mail.listId()).isEmpty()) {
      return Optional.of("mailing-list traffic (List-Id " + mail.listId() + ")");
    }
    if (mail.autoReplyHeader()) {
      return Optional.of("automatic reply (X-Autoreply)");
    }
    if (mail.returnPath() != null && mail.returnPath().replace("<", "").replace(">", "").isBlank()) {
      return Optional.of("bounce (null Return-Path)");
    }
    if (SYSTEM_SENDERS.contains(from.substring(0, Math.max(0, from.indexOf('@'))))) {
      return Optional.of("bounce or system mail from " + from);
    }
    if (lower(mail.mimeType()).equals("multipart/report")) {
      return Optional.of("delivery or read report (multipart/report)");
    }
    return Optional.empty();
  }

  private static String lower(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
  }
}
