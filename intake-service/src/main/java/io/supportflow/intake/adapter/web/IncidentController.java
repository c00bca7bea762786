package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.incidents.IncidentNotFoundException;
import io.supportflow.intake.application.incidents.MajorIncidents;
import io.supportflow.intake.domain.incident.Incident;
import io.supportflow.intake.domain.incident.IncidentStatus;
import io.supportflow.web.IfMatchRevision;
import io.supportflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Major incidents of the agent's tenant (agent keys only, as every /api/v1/agent path): open one,
 * link and unlink cases, post updates (mailed to every linked case's reporter), change the status,
 * resolve it (which resolves its cases). Every answer carries the incident's revision as ETag; a
 * change with If-Match of an older revision is 412. Another tenant's incident is 404.
 */
@RestController
@RequestMapping(path = "/api/v1/agent/incidents", produces = "application/json")
@Tag(name = "Major incidents", description = "One incident across many cases: link, update, resolve")
public record IncidentController(MajorIncidents incidents) {

  static final String IF_MATCH = IfMatchRevision.HEADER;
  private static final Pattern INCIDENT_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  record OpenBody(@NotBlank @Size(max = Incident.MAX_TITLE) String title, @Size(max = 20) String status,
      @Size(max = 100) List<@NotBlank @Size(max = 30) String> caseNumbers) {}

  record CasesBody(@NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 30) String> caseNumbers) {}

  record UpdateBody(@NotBlank @Size(max = Incident.MAX_MESSAGE) String message, @Size(max = 20) String status) {}

  record StatusBody(@NotNull @Size(max = 20) String status) {}

  record ResolveBody(@Size(max = Incident.MAX_MESSAGE) String message) {}

  @Operation(summary = "Open a major incident",
      description = "INVESTIGATING unless another open status is given; the cases named are linked at once (each must be "
          + "in work and in no other open incident: 409). 201 with Location and ETag.")
  @PostMapping(consumes = "application/json")
  ResponseEntity<IncidentView> open(@AuthenticationPrincipal CallerPrincipal agent, @Valid @RequestBody OpenBody body) {
    IncidentStatus status = body.status() == null ? null : IncidentStatus.read("status", body.status());
    Incident opened = incidents.open(agent.tenantId(), agent.subject(), body.title(), status,
        numbers(body.caseNumbers()));
    IncidentView view = IncidentView.of(opened);
    return ResponseEntity.created(URI.create("/api/v1/agent/incidents/" + opened.incidentId())).eTag(view.etag())
        .body(view);
  }

  @Operation(summary = "The tenant's incidents, newest first", description = "status=open (default) or all.")
  @GetMapping
  IncidentView.Summaries list(@AuthenticationPrincipal CallerPrincipal agent,
      @RequestParam(name = "status", defaultValue = "open") String status) {
    if (!status.equals("open") && !status.equals("all")) {
      throw new InvalidRequestException("status", "must be open or all");
    }
    return new IncidentView.Summaries(incidents.list(agent.tenantId(), status.equals("open")).stream()
        .map(IncidentView.Summary::of).toList());
  }

  @Operation(summary = "Read an incident: its cases and its history, with its revision as ETag")
  @GetMapping("/{incidentId}")
  ResponseEntity<IncidentView> read(@AuthenticationPrincipal CallerPrincipal agent, @PathVariable String incidentId) {
    return answer(HttpStatus.OK, incidents.view(agent.tenantId(), checked(incidentId)));
  }

  @Operation(summary = "Link cases",
      description = "Each case must be in work (NEW, OPEN, ON_HOLD) and in no other open incident (409); a case "
          + "linked already changes nothing. Each linked case gets a LINKED event on intake.incidents.")
  @PostMapping(path = "/{incidentId}/cases", consumes = "application/json")
  ResponseEntity<IncidentView> link(@AuthenticationPrincipal CallerPrincipal agent, @PathVariable String incidentId,
      @RequestHeader(name = IF_MATCH, required = false) String ifMatch, @Valid @RequestBody CasesBody body) {
    return answer(HttpStatus.OK, incidents.link(agent.tenantId(), checked(incidentId), revision(ifMatch),
        agent.subject(), numbers(body.caseNumbers())));
  }

  @Operation(summary = "Unlink a case", description = "Its reporter gets no more of the incident's updates.")
  @DeleteMapping("/{incidentId}/cases/{caseNumber}")
  ResponseEntity<IncidentView> unlink(@AuthenticationPrincipal CallerPrincipal agent, @PathVariable String incidentId,
      @PathVariable String caseNumber, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
    return answer(HttpStatus.OK, incidents.unlink(agent.tenantId(), checked(incidentId), revision(ifMatch),
        agent.subject(), CaseNumbers.checked(caseNumber)));
  }

  @Operation(summary = "Post an update for everyone affected",
      description = "Mailed to the reporter of every linked case (one mail per case, threaded in the case); the status "
          + "may change with it (not to RESOLVED: resolve the incident).")
  @PostMapping(path = "/{incidentId}/updates", consumes = "application/json")
  ResponseEntity<IncidentView> postUpdate(@AuthenticationPrincipal CallerPrincipal agent,
      @PathVariable String incidentId, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody UpdateBody body) {
    IncidentStatus status = body.status() == null ? null : IncidentStatus.read("status", body.status());
    return answer(HttpStatus.CREATED, incidents.postUpdate(agent.tenantId(), checked(incidentId), revision(ifMatch),
        agent.subject(), body.message(), status));
  }

  @Operation(summary = "Change the status (INVESTIGATING, IDENTIFIED, MONITORING)", description = "No mail; "
      + "RESOLVED only by resolving the incident.")
  @PostMapping(path = "/{incidentId}/status", consumes = "application/json")
  ResponseEntity<IncidentView> changeStatus(@AuthenticationPrincipal CallerPrincipal agent,
      @PathVariable String incidentId, @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody StatusBody body) {
    return answer(HttpStatus.OK, incidents.changeStatus(agent.tenantId(), checked(incidentId), revision(ifMatch),
        agent.subject(), IncidentStatus.read("status", body.status())));
  }

  @Operation(summary = "Resolve the incident and its cases",
      description = "Every linked case still in work gets its own RESOLVED at this instant (the message, if any, as its "
          + "public resolution note); a resolved incident takes no more changes.")
  @PostMapping("/{incidentId}/resolve")
  ResponseEntity<IncidentView> resolve(@AuthenticationPrincipal CallerPrincipal agent, @PathVariable String incidentId,
      @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
      @Valid @RequestBody(required = false) ResolveBody body) {
    return answer(HttpStatus.OK, incidents.resolve(agent.tenantId(), checked(incidentId), revision(ifMatch),
        agent.subject(), body == null ? null : body.message()));
  }

  private static ResponseEntity<IncidentView> answer(HttpStatus status, Incident incident) {
    IncidentView view = IncidentView.of(incident);
    return ResponseEntity.status(status).eTag(view.etag()).body(view);
  }

  private static List<String> numbers(List<String> caseNumbers) {
    return caseNumbers == null ? List.of() : caseNumbers.stream().map(String::strip).distinct()
        .map(CaseNumbers::checked).toList();
  }

  /** An incident id from a URL is checked for its shape before it goes anywhere near a query. */
  private static String checked(String incidentId) {
    if (incidentId == null || !INCIDENT_ID.matcher(incidentId).matches()) {
      throw new IncidentNotFoundException("(malformed)");
    }
    return incidentId;
  }

  /** The revision If-Match names ({@code "7"}); none or {@code *}: whatever is stored. */
  static Long revision(String ifMatch) {
    return IfMatchRevision.of(ifMatch,
        () -> new InvalidRequestException(IF_MATCH, "must be the ETag of the incident as it was read, e.g. \"7\""));
  }
}
