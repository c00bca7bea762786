package io.supportflow.sla.adapter.web;

import io.supportflow.sla.application.PreviewClocks;
import io.supportflow.sla.domain.Activity;
import io.supportflow.sla.domain.BusinessCalendar;
import io.supportflow.sla.domain.DailyInterval;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.sla.domain.WeeklyHours;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/sla/preview: the what-if. No side effects: nothing is stored or published. */
@RestController
public class SlaPreviewController {

  static final String EXAMPLE = """
      {"terms": {"calendar": {"zone": "Europe/Amsterdam",
                              "weeklyHours": [{"days": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
                                               "from": "08:00", "to": "17:00"}],
                              "holidays": ["2026-12-25"]},
                 "targets": [{"priority": "P2", "metric": "FIRST_RESPONSE", "amount": 6, "unit": "BUSINESS_HOURS"}]},
       "priority": "P2", "receivedAt": "2026-11-23T14:00:00+01:00",
       "activities": [{"at": "2026-11-23T16:00:00+01:00", "kind": "PUT_ON_HOLD"},
                      {"at": "2026-11-24T10:00:00+01:00", "kind": "RESUMED"}]}""";

  private final PreviewClocks previewClocks;

  public SlaPreviewController(PreviewClocks previewClocks) {
    this.previewClocks = previewClocks;
  }

  @Operation(summary = "What-if: where every clock of a case would stand",
      description = "Replays the timeline against the terms with the rules the live service uses and "
          + "returns every clock (target, deadline, warning, state, counted and remaining business "
          + "time), the changes on the way, the time on hold and the downtime. Stores nothing.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
      mediaType = "application/json",
      examples = @ExampleObject(name = "Team P2 on hold over a night", value = EXAMPLE)))
  @PostMapping(path = "/api/v1/sla/preview", consumes = "application/json", produces = "application/json")
  PreviewResponse preview(@Valid @RequestBody PreviewRequest request) {
    List<Activity> activities = Optional.ofNullable(request.activities()).orElse(List.of()).stream()
        .map(SlaPreviewController::activity)
        .toList();
    return PreviewResponse.of(previewClocks.preview(
        terms(request.terms()),
        Priority.valueOf(request.priority()),
        request.receivedAt().toInstant(),
        activities,
        request.at() == null ? null : request.at().toInstant()));
  }

  static SlaTerms terms(PreviewRequest.Terms t) {
    return new SlaTerms(
        calendar(t.calendar()),
        t.targets().stream().map(x -> new ReactionTarget(Priority.valueOf(x.priority()),
            ReactionMetric.valueOf(x.metric()), x.amount(), TargetUnit.valueOf(x.unit()))).toList(),
        t.warningShare() == null ? WarningShare.DEFAULT : new WarningShare(t.warningShare()),
        Optional.ofNullable(t.aroundTheClockOnceWorking()).orElse(List.of()).stream()
            .map(Priority::valueOf).collect(Collectors.toSet()));
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

  private static Activity activity(PreviewRequest.TimelineEntry e) {
    Activity.Kind kind = Activity.Kind.valueOf(e.kind());
    Instant at = e.at().toInstant();
    if (kind == Activity.Kind.PRIORITY_CHANGED) {
      if (e.priority() == null) {
        throw new InvalidPreviewException("activities.priority", "a PRIORITY_CHANGED activity names the new priority");
      }
      return Activity.priorityChanged(at, Priority.valueOf(e.priority()));
    }
    return Activity.of(at, kind);
  }
}
