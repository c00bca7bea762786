package io.supportflow.sla.adapter.web;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.DailyInterval;
import io.supportflow.businesstime.WeeklyHours;
import io.supportflow.presets.PlanTerms;
import io.supportflow.presets.PlanTermsReader;
import io.supportflow.presets.PublicHolidayCalendar;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timeline.Priority;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The terms a preview runs on, from whichever of its three forms the request uses. A preset or a
 * policy document is read by the presets module, from the same files and in the same format as
 * contracts-service reads them. Their public holidays are resolved for the years the preview
 * spans: from the year of receipt to the year after the last instant of the request (a decision
 * carries the year of receipt and the next), in the calendar's zone, at most {@value MAX_YEARS}.
 */
public record PreviewTerms(PlanTermsReader reader, PublicHolidayCalendar publicHolidays) {

  static final int MAX_YEARS = 10;

  /** @param lastInstant the latest instant the request names: receipt, activities or evaluation */
  SlaTerms of(PreviewRequest request, Instant receivedAt, Instant lastInstant) {
    boolean policyGiven = request.policy() != null && !request.policy().isNull();
    long forms = Stream.of(request.terms() != null, request.preset() != null, policyGiven).filter(b -> b).count();
    if (forms != 1) {
      throw new InvalidPreviewException("terms", "Give the terms one way: inline terms, a preset with its tier, "
          + "or a policy document with a contractId" + (forms == 0 ? "." : ", not several."));
    }
    if (request.tier() != null && request.preset() == null) {
      throw new InvalidPreviewException("tier", "A tier belongs to a preset: give the preset too.");
    }
    if (request.contractId() != null && !policyGiven) {
      throw new InvalidPreviewException("contractId", "A contractId names a contract of a policy document: give the policy too.");
    }
    if (request.terms() != null) {
      return inline(request.terms());
    }
    PlanTerms plan = request.preset() != null
        ? reader.preset(request.preset().strip(), request.tier())
        : reader.contract(text(request.policy()), request.contractId());
    return fromPlan(plan, years(plan.calendar().zone(), receivedAt, lastInstant));
  }

  /** Terms written out in the request, the calendar's holidays as dates. */
  static SlaTerms inline(PreviewRequest.Terms t) {
    return new SlaTerms(
        calendar(t.calendar()),
        t.targets().stream().map(x -> new ReactionTarget(Priority.valueOf(x.priority()),
            ReactionMetric.valueOf(x.metric()), x.amount(), TargetUnit.valueOf(x.unit()))).toList(),
        t.warningShare() == null ? WarningShare.DEFAULT : new WarningShare(t.warningShare()),
        Optional.ofNullable(t.aroundTheClockOnceWorking()).orElse(List.of()).stream()
            .map(Priority::valueOf).collect(Collectors.toSet()));
  }

  private SlaTerms fromPlan(PlanTerms plan, List<Year> years) {
    PlanTerms.Calendar c = plan.calendar();
    WeeklyHours hours = WeeklyHours.none();
    for (PlanTerms.Hours h : c.weeklyHours()) {
      for (DayOfWeek day : h.days()) {
        hours = hours.with(day, DailyInterval.of(h.from(), h.to()));
      }
    }
    WeeklyHours extra = WeeklyHours.none();
    for (PlanTerms.Stretch s : c.extraCoverage()) {
      extra = extra.withStretch(s.fromDay(), DailyInterval.minuteOfDay(s.fromTime()),
          s.toDay(), DailyInterval.minuteOfDay(s.toTime()));
    }
    Set<LocalDate> holidays;
    try {
      holidays = c.holidaysIn(publicHolidays, years);
    } catch (IllegalArgumentException e) {
      throw new InvalidPreviewException("publicHolidays.country", e.getMessage());
    }
    return new SlaTerms(new BusinessCalendar(c.calendarId(), c.zone(), hours, holidays, extra),
        plan.targets().stream().map(t -> new ReactionTarget(Priority.valueOf(t.priority()),
            ReactionMetric.valueOf(t.metric()), t.amount(), TargetUnit.valueOf(t.unit()))).toList(),
        WarningShare.DEFAULT,
        plan.aroundTheClockOnceWorking().stream().map(Priority::valueOf).collect(Collectors.toSet()));
  }

  private static List<Year> years(ZoneId zone, Instant receivedAt, Instant lastInstant) {
    int first = receivedAt.atZone(zone).getYear();
    int last = lastInstant.atZone(zone).getYear() + 1;
    if (last - first + 1 > MAX_YEARS) {
      throw new InvalidPreviewException("at", "A preview by preset or policy spans at most " + MAX_YEARS
          + " years of public holidays; this one runs from " + first + " to " + last + ".");
    }
    List<Year> years = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      years.add(Year.of(y));
    }
    return years;
  }

  /** The document as it came: a JSON object, or JSON or YAML text in a string. */
  private static String text(JsonNode policy) {
    return policy.isString() ? policy.asString() : policy.toString();
  }

  private static BusinessCalendar calendar(PreviewRequest.Calendar c) {
    ZoneId zone;
    try {
      zone = ZoneId.of(c.zone());
    } catch (DateTimeException e) {
      throw new InvalidPreviewException("terms.calendar.zone", "'" + c.zone() + "' is not an IANA time zone");
    }
    WeeklyHours hours = WeeklyHours.none();
    for (PreviewRequest.Hours h : Optional.ofNullable(c.weeklyHours()).orElse(List.of())) {
      DailyInterval interval = interval("terms.calendar.weeklyHours", h.from(), h.to());
      for (String day : h.days()) {
        hours = hours.with(DayOfWeek.valueOf(day), interval);
      }
    }
    WeeklyHours extra = WeeklyHours.none();
    for (PreviewRequest.Stretch s : Optional.ofNullable(c.extraCoverage()).orElse(List.of())) {
      extra = extra.withStretch(DayOfWeek.valueOf(s.fromDay()), DailyInterval.minuteOfDay(s.fromTime()),
          DayOfWeek.valueOf(s.toDay()), DailyInterval.minuteOfDay(s.toTime()));
    }
    if (hours.isEmpty() && extra.isEmpty()) {
      throw new InvalidPreviewException("terms.calendar", "the calendar covers no time: give weeklyHours");
    }
    return new BusinessCalendar("preview", zone, hours, Set.copyOf(Optional.ofNullable(c.holidays()).orElse(List.of())), extra);
  }

  private static DailyInterval interval(String field, String from, String to) {
    try {
      return DailyInterval.of(from, to);
    } catch (IllegalArgumentException e) {
      throw new InvalidPreviewException(field, e.getMessage());
    }
  }
}
