package io.supportflow.escalation.domain;

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

  public static EscalationStep afterHours(int hours, String role) {
    return new EscalationStep(hours * 60, OffsetUnit.CLOCK_MINUTES, role);
  }

  /** When the level is due for a case received at the given instant. */
  public Instant dueAt(Instant receivedAt, CoverageCalendar calendar) {
    return switch (unit) {
      case CLOCK_MINUTES -> receivedAt.plusSeconds(amount * 60L);
      case BUSINESS_MINUTES -> calendar.afterCovered(receivedAt, amount);
      case BUSINESS_HOURS -> calendar.afterCovered(receivedAt, amount * 60L);
    };
  }

  /** The offset as a manager says it: "1 hour", "90 minutes", "4 business hours". */
  public String describe() {
    if (amount == 0) {
      return "immediately";
    }
    return switch (unit) {
      case CLOCK_MINUTES -> amount % 60 == 0 ? plural(amount / 60, "hour") : plural(amount, "minute");
      case BUSINESS_MINUTES -> plural(amount, "business minute");
      case BUSINESS_HOURS -> plural(amount, "business hour");
    };
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
