package io.supportflow.sla.adapter.web;

import io.supportflow.sla.application.PreviewClocks;
import io.supportflow.timeline.Activity;
import io.supportflow.timeline.Priority;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/sla/preview: the what-if. No side effects: nothing is stored or published. */
@RestController
public record SlaPreviewController(PreviewClocks previewClocks, PreviewTerms previewTerms) {

  static final String EXAMPLE = """
      {"terms": {"calendar": {"zone": "Europe/Amsterdam",
                              "weeklyHours": [{"days": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"],
                                               "from": "08:00", "to": "17:00"}],
                              "holidays": ["2026-12-25"]},
                 "targets": [{"priority": "P2", "metric": "FIRST_RESPONSE", "amount": 6, "unit": "BUSINESS_HOURS"}]},
       "priority": "P2", "receivedAt": "2026-11-23T14:00:00+01:00",
       "activities": [{"at": "2026-11-23T16:00:00+01:00", "kind": "PUT_ON_HOLD"},
                      {"at": "2026-11-24T10:00:00+01:00", "kind": "RESUMED"}]}""";

  static final String PRESET_EXAMPLE = """
      {"preset": "tiered-business-hours", "tier": "Team",
       "priority": "P1", "receivedAt": "2026-12-24T16:00:00+01:00",
       "activities": [{"at": "2026-12-28T08:30:00+01:00", "kind": "AGENT_RESPONDED"}]}""";

  static final String POLICY_EXAMPLE = """
      {"policy": "calendars:\\n  - {calendarId: cet-9x5, zone: Europe/Amsterdam, publicHolidays: {country: nl},\\n     weeklyHours: [{days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: '08:00', to: '17:00'}]}\\ncontracts:\\n  - {contractId: contoso-team, customerId: contoso, startsOn: 2026-01-01, endsOn: 2026-12-31,\\n     plan: {planName: tiered-business-hours, tier: Team, calendarId: cet-9x5,\\n            targets: [{priority: P1, metric: FIRST_RESPONSE, amount: 2, unit: BUSINESS_HOURS}]}}\\n",
       "contractId": "contoso-team",
       "priority": "P1", "receivedAt": "2026-11-23T16:00:00+01:00"}""";

  @Operation(summary = "What-if: where every clock of a case would stand",
      description = "Replays the timeline against the terms with the rules the live service uses and "
          + "returns every clock (target, deadline, warning, state, counted and remaining business "
          + "time), the changes on the way, the time on hold and the downtime. Stores nothing. "
          + "The terms come one of three ways: inline (`terms`); a preset and its tier (`preset`, `tier`, "
          + "as GET /api/v1/admin/presets of contracts-service lists them); or a tenant policy document in "
          + "contracts-service's import format (`policy`: the document as a JSON object, or its JSON or YAML "
          + "text; `contractId`: whose plan, may be left out when the document has one contract). For a preset "
          + "or a document, public holidays of the calendar's region are those of the year of receipt to the "
          + "year after the last instant of the request, and the warning comes at 75%. An unknown preset, "
          + "tier or contract is a 400 problem that lists what there is.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
      mediaType = "application/json",
      examples = {
          @ExampleObject(name = "Team P2 on hold over a night", value = EXAMPLE),
          @ExampleObject(name = "Team P1 by preset and tier, received on Christmas Eve", value = PRESET_EXAMPLE),
          @ExampleObject(name = "A contract of a policy document in YAML", value = POLICY_EXAMPLE)}))
  @PostMapping(path = "/api/v1/sla/preview", consumes = "application/json", produces = "application/json")
  PreviewResponse preview(@Valid @RequestBody PreviewRequest request) {
    List<Activity> activities = Optional.ofNullable(request.activities()).orElse(List.of()).stream()
        .map(SlaPreviewController::activity)
        .toList();
    Instant receivedAt = request.receivedAt().toInstant();
    Instant at = request.at() == null ? null : request.at().toInstant();
    Instant last = Stream.concat(Stream.of(receivedAt, at), activities.stream().map(Activity::at))
        .filter(i -> i != null)
        .max(Comparator.naturalOrder())
        .orElseThrow();
    return PreviewResponse.of(previewClocks.preview(
        previewTerms.of(request, receivedAt, last),
        Priority.valueOf(request.priority()),
        receivedAt,
        activities,
        at));
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
