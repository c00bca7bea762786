package io.supportflow.notification.domain;

import static io.supportflow.notification.domain.OutgoingMail.fields;

import io.supportflow.businesstime.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one mail a reporter gets for a newer decision on their case (one per version: its
 * notification id is caseId:ACKNOWLEDGEMENT:v{version}), in the acknowledgement's layout and
 * thread: now covered, with the deadlines counted from the moment it applies; no longer covered,
 * with the reason; or covered under other terms or another priority, with the new deadlines.
 */
public final class ReDecisionMail {

  /** What changed for the reporter. */
  public enum Change {
    /** Not handled under terms before, now it is. */
    NOW_COVERED,
    /** Handled under terms before, no longer. */
    NO_LONGER_COVERED,
    /** Handled under terms before and still, under other terms or at another priority. */
    TERMS_CHANGED,
    /** Not covered before and still not, for another reason. */
    STILL_NOT_COVERED
  }

  private ReDecisionMail() {}

  public static Change change(boolean coveredBefore, ReDecision d) {
    if (d.covered()) {
      return coveredBefore ? Change.TERMS_CHANGED : Change.NOW_COVERED;
    }
    return coveredBefore ? Change.NO_LONGER_COVERED : Change.STILL_NOT_COVERED;
  }

  public static String notificationId(ReDecision d) {
    return d.caseId() + ":" + NotificationKind.ACKNOWLEDGEMENT + ":v" + d.version();
  }

  /** The mail, or empty when the reporter left no address. */
  public static Optional<OutgoingMail> forReporter(ReDecision d, Change change) {
    if (!d.hasReporterAddress()) {
      return Optional.empty();
    }
    String id = notificationId(d);
    List<String> deadlines = deadlines(d);
    return Optional.of(new OutgoingMail(d.tenantId(), id, NotificationKind.ACKNOWLEDGEMENT, OutgoingMail.messageIdOf(id),
        d.reporterEmail(), subject(d, change),
        fields(
            "reporterName", AcknowledgementMail.blankToNull(d.reporterName()),
            "caseNumber", d.caseNumber(),
            "subject", d.subject(),
            "priority", d.priority().name(),
            "headline", headline(d, change),
            "changedAt", AcknowledgementMail.WHEN.format(d.effectiveFrom().atZone(d.zone())),
            "deadlines", deadlines.isEmpty() ? null : String.join("\n", deadlines),
            "reason", d.reason()),
        OutgoingMail.messageIdOf(d.caseId() + ":" + NotificationKind.ACKNOWLEDGEMENT)));
  }

  /** What an agent sees of the mail, sent or not. */
  public static String subject(ReDecision d, Change change) {
    String what = switch (change) {
      case NOW_COVERED -> "Your request is now covered";
      case NO_LONGER_COVERED -> "Your request is no longer covered";
      case TERMS_CHANGED -> "New deadlines for your request";
      case STILL_NOT_COVERED -> "Your request was reviewed";
    };
    return "[" + d.caseNumber() + "] " + what + ": " + d.subject();
  }

  static String headline(ReDecision d, Change change) {
    return switch (change) {
      case NOW_COVERED -> "Your request, case " + d.caseNumber() + ", is now covered by your contract at priority "
          + d.priority() + ". These are our deadlines from now on:";
      case NO_LONGER_COVERED -> "Your request, case " + d.caseNumber() + ", is no longer covered by your contract:";
      case TERMS_CHANGED -> "The terms of your request, case " + d.caseNumber() + ", changed (priority " + d.priority()
          + "). These are our deadlines from now on:";
      case STILL_NOT_COVERED -> "We reviewed your request, case " + d.caseNumber() + ", again:";
    };
  }

  /**
   * The deadlines of the case's priority, counted from the moment the decision applies on the
   * terms' calendar, as the SLA clocks count a target that starts then: "First response by ...
   * (within 15 minutes)". Empty when not covered or the terms promise nothing at that priority.
   */
  public static List<String> deadlines(ReDecision d) {
    List<String> lines = new ArrayList<>();
    if (!d.covered() || d.calendar() == null) {
      return lines;
    }
    for (ReDecision.Promise p : d.promises()) {
      if (p.priority() != d.priority()) {
        continue;
      }
      Instant due = due(p, d.calendar(), d.effectiveFrom());
      lines.add(metric(p.metric()) + " by " + AcknowledgementMail.WHEN.format(due.atZone(d.calendar().zone()))
          + " (" + describe(p) + ")");
    }
    return lines;
  }

  static Instant due(ReDecision.Promise p, BusinessCalendar calendar, Instant from) {
    return switch (p.unit()) {
      case "CLOCK_MINUTES" -> from.plus(Duration.ofMinutes(p.amount()));
      case "BUSINESS_MINUTES" -> calendar.plus(from, Duration.ofMinutes(p.amount()));
      case "BUSINESS_HOURS" -> calendar.plus(from, Duration.ofHours(p.amount()));
      case "BUSINESS_DAYS" -> calendar.plus(from, calendar.businessDayLength().multipliedBy(p.amount()));
      case "NEXT_WORKING_DAY" -> calendar.closeOfWorkingDayAfter(from, 1);
      case "WORKING_DAYS" -> calendar.closeOfWorkingDayAfter(from, p.amount());
      default -> throw new IllegalArgumentException("unknown unit " + p.unit());
    };
  }

  private static String metric(String metric) {
    return switch (metric) {
      case "FIRST_RESPONSE" -> "First response";
      case "FOLLOW_UP" -> "Answer to your reply";
      case "UPDATE_CADENCE" -> "Next update";
      default -> metric;
    };
  }

  private static String describe(ReDecision.Promise p) {
    String unit = switch (p.unit()) {
      case "CLOCK_MINUTES" -> p.amount() % 60 == 0 ? plural(p.amount() / 60, "hour") : plural(p.amount(), "minute");
      case "BUSINESS_MINUTES" -> plural(p.amount(), "business minute");
      case "BUSINESS_HOURS" -> plural(p.amount(), "business hour");
      case "BUSINESS_DAYS" -> plural(p.amount(), "business day");
      case "NEXT_WORKING_DAY" -> "by the next working day";
      case "WORKING_DAYS" -> plural(p.amount(), "working day");
      default -> p.unit().toLowerCase(Locale.ROOT);
    };
    return unit.startsWith("by ") ? unit : "within " + unit;
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
