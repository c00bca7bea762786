package io.supportflow.sla.domain;

import io.supportflow.businesstime.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * A target turned into an amount of time to count on a calendar. Every unit becomes business
 * time, so hold and re-timing work the same way for all of them: clock minutes count on a 24x7
 * calendar; "N business days" is N business-day lengths; working-day targets are the covered time
 * from the start to the close of the n-th working day after it.
 */
public record TargetBudget(BusinessCalendar countedOn, Duration budget) {

  public static TargetBudget of(ReactionTarget target, BusinessCalendar terms, Instant start) {
    return switch (target.unit()) {
      case CLOCK_MINUTES -> new TargetBudget(
          BusinessCalendar.twentyFourSeven(terms.zone()), Duration.ofMinutes(target.amount()));
      case BUSINESS_MINUTES -> new TargetBudget(terms, Duration.ofMinutes(target.amount()));
      case BUSINESS_HOURS -> new TargetBudget(terms, Duration.ofHours(target.amount()));
      case BUSINESS_DAYS -> new TargetBudget(terms, terms.businessDayLength().multipliedBy(target.amount()));
      case NEXT_WORKING_DAY -> workingDays(terms, start, 1);
      case WORKING_DAYS -> workingDays(terms, start, target.amount());
    };
  }

  private static TargetBudget workingDays(BusinessCalendar terms, Instant start, int n) {
    return new TargetBudget(
        terms, terms.businessTimeBetween(start, terms.closeOfWorkingDayAfter(start, n)));
  }
}
