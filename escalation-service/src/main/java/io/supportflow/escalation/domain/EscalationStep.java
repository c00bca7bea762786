package io.supportflow.escalation.domain;

import io.supportflow.businesstime.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One level of a plan: a role to tell when the case is still unresolved after an offset from receipt. */
public record EscalationStep(int amount, OffsetUnit unit, String role) {

  public EscalationStep {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(role, "role");
    if (amount < 0) {
      throw new IllegalArgumentException("an escalation offset is never negative");
    }
  }

  /**
   * When the level is due for a case received at the given instant. Business offsets count from
   * receipt on the case's calendar, as the reaction windows do; "immediately" is receipt itself.
   */
  public Instant dueAt(Instant receivedAt, BusinessCalendar calendar) {
    if (amount == 0 && unit != OffsetUnit.NEXT_WORKING_DAY) {
      return receivedAt;
    }
    return switch (unit) {
      case CLOCK_MINUTES -> receivedAt.plusSeconds(amount * 60L);
      case BUSINESS_MINUTES -> calendar.plus(receivedAt, Duration.ofMinutes(amount));
      case BUSINESS_HOURS -> calendar.plus(receivedAt, Duration.ofHours(amount));
      case BUSINESS_DAYS -> calendar.plus(receivedAt, calendar.businessDayLength().multipliedBy(amount));
      case WORKING_DAYS -> calendar.closeOfWorkingDayAfter(receivedAt, amount);
      case NEXT_WORKING_DAY -> calendar.closeOfWorkingDayAfter(receivedAt, 1);
    };
  }

  /** The offset as a manager says it: "1 hour", "90 minutes", "4 business hours". */
  public String describe() {
    if (amount == 0 && unit != OffsetUnit.NEXT_WORKING_DAY) {
      return "immediately";
    }
    return switch (unit) {
      case CLOCK_MINUTES -> amount % 60 == 0 ? plural(amount / 60, "hour") : plural(amount, "minute");
      case BUSINESS_MINUTES -> plural(amount, "business minute");
      case BUSINESS_HOURS -> plural(amount, "business hour");
      case BUSINESS_DAYS -> plural(amount, "business day");
      case WORKING_DAYS -> plural(amount, "working day");
      case NEXT_WORKING_DAY -> "by the next working day";
    };
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
