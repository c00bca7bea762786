package io.supportflow.notification.domain;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The mail that tells a reporter their request arrived: the case number to quote, the priority,
 * what they are owed (the decision's reason), when it was received in their contract's zone and,
 * when it arrived outside covered hours, when work on it will commence. Plain text.
 */
public final class AcknowledgementMail {

  private static final DateTimeFormatter RECEIVED =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm z", Locale.ENGLISH);

  private AcknowledgementMail() {}

  /** The acknowledgement, or empty when the reporter gave no address to write to. */
  public static Optional<OutgoingMail> forRequest(ReceivedRequest r) {
    if (r.reporterEmail() == null || r.reporterEmail().isBlank()) {
      return Optional.empty();
    }
    String notificationId = r.caseId() + ":" + NotificationKind.ACKNOWLEDGEMENT;
    return Optional.of(new OutgoingMail(
        notificationId,
        NotificationKind.ACKNOWLEDGEMENT,
        "<" + r.caseId() + "." + NotificationKind.ACKNOWLEDGEMENT + "@supportflow>",
        r.reporterEmail(),
        subject(r),
        body(r)));
  }

  static String subject(ReceivedRequest r) {
    return "[" + r.caseNumber() + "] We have received your request: " + r.subject();
  }

  static String body(ReceivedRequest r) {
    String greeting = r.reporterName() == null || r.reporterName().isBlank()
        ? "Hello,"
        : "Hello " + r.reporterName() + ",";
    String commences = r.coverage().workCommences(r.receivedAt())
        .map(at -> "  Work starts: " + RECEIVED.format(at) + " (the start of your next covered period)\n")
        .orElse("");
    return String.join("\n",
        greeting,
        "",
        "We have received your request and registered it as case " + r.caseNumber() + ".",
        "",
        "  Case number: " + r.caseNumber(),
        "  Subject:     " + r.subject(),
        "  Priority:    " + r.priority(),
        "  Received:    " + RECEIVED.format(r.receivedAt().atZone(r.zone())),
        commences,
        r.reason(),
        "",
        "Please keep [" + r.caseNumber() + "] in the subject when you reply, so that your message"
            + " is added to this case.",
        "",
        "Kind regards,",
        "Support",
        "");
  }
}
