package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.application.agent.ActOnCase;
import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.SeverityScale;
import io.supportflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Support engineers act on their tenant's cases (agent keys only). Each action is one
 * CaseActivityRecorded; a transition the case's status does not allow is 409 with the reason.
 */
@RestController
@RequestMapping(path = "/api/v1/agent/cases/{caseNumber}", produces = "application/json")
@Tag(name = "Agent actions", description = "Respond, change priority, hold, resume, resolve, close")
public record AgentController(ActOnCase actOnCase) {

  record ResponseBody(@NotBlank @Size(max = 20_000)
      String message, Boolean visibleToCustomer) {}

  record PriorityBody(@NotBlank @Size(max = 20) String priority, @NotNull Boolean customerConsent,
      @NotBlank @Size(max = 2_000) String reason) {}

  record ReasonBody(@NotBlank @Size(max = 2_000) String reason) {}

  record NoteBody(@Size(max = 2_000) String reason) {}

  @Operation(summary = "Respond (AGENT_RESPONDED)",
      description = "A public response (visibleToCustomer, the default) satisfies first-response and update windows; "
          + "false makes an internal note. NEW becomes OPEN.")
  @PostMapping(path = "/responses", consumes = "application/json")
  ResponseEntity<ActivityResponse> respond(@AuthenticationPrincipal CallerPrincipal agent,
      @PathVariable String caseNumber, @Valid @RequestBody ResponseBody body) {
    return created(actOnCase.respond(agent.tenantId(), agent.subject(), CaseNumbers.checked(caseNumber),
        body.message(), !Boolean.FALSE.equals(body.visibleToCustomer())));
  }

  @Operation(summary = "Change the priority (PRIORITY_CHANGED)",
      description = "Priority in any vocabulary (P1-P4, SEV1-4, Critical/Urgent/Moderate/Low...); the customer's "
          + "consent is recorded; a reason is required.")
  @PostMapping(path = "/priority", consumes = "application/json")
  ResponseEntity<ActivityResponse> changePriority(@AuthenticationPrincipal CallerPrincipal agent,
      @PathVariable String caseNumber, @Valid @RequestBody PriorityBody body) {
    Priority priority = SeverityScale.read(body.priority())
        .orElseThrow(() -> new InvalidRequestException("priority", "'" + body.priority() + "' is not a priority"));
    return created(actOnCase.changePriority(agent.tenantId(), agent.subject(), CaseNumbers.checked(caseNumber),
        priority, body.customerConsent(), body.reason()));
  }

  @Operation(summary = "Put on hold, waiting for the customer (PUT_ON_HOLD)", description = "Every clock pauses.")
  @PostMapping(path = "/hold", consumes = "application/json")
  ResponseEntity<ActivityResponse> hold(@AuthenticationPrincipal CallerPrincipal agent,
      @PathVariable String caseNumber, @Valid @RequestBody ReasonBody body) {
    return changeStatus(agent, caseNumber, ActivityKind.PUT_ON_HOLD, body.reason());
  }

  @Operation(summary = "Resume a case on hold (RESUMED)")
  @PostMapping(path = "/resume")
  ResponseEntity<ActivityResponse> resume(@AuthenticationPrincipal CallerPrincipal agent,
      @PathVariable String caseNumber, @Valid @RequestBody(required = false) NoteBody body) {
    return changeStatus(agent, caseNumber, ActivityKind.RESUMED, reason(body));
  }

  @Operation(summary = "Resolve (RESOLVED)", description = "From NEW, OPEN or ON_HOLD.")
  @PostMapping(path = "/resolve")
  ResponseEntity<ActivityResponse> resolve(@AuthenticationPrincipal CallerPrincipal agent,
      @PathVariable String caseNumber, @Valid @RequestBody(required = false) NoteBody body) {
    return changeStatus(agent, caseNumber, ActivityKind.RESOLVED, reason(body));
  }

  @Operation(summary = "Close (CLOSED)", description = "Only a resolved case can be closed.")
  @PostMapping(path = "/close")
  ResponseEntity<ActivityResponse> close(@AuthenticationPrincipal CallerPrincipal agent,
      @PathVariable String caseNumber, @Valid @RequestBody(required = false) NoteBody body) {
    return changeStatus(agent, caseNumber, ActivityKind.CLOSED, reason(body));
  }

  private static String reason(NoteBody body) {
    return body == null ? null : body.reason();
  }

  private ResponseEntity<ActivityResponse> changeStatus(CallerPrincipal agent, String caseNumber,
      ActivityKind change, String reason) {
    return created(actOnCase.changeStatus(agent.tenantId(), agent.subject(), CaseNumbers.checked(caseNumber),
        change, reason));
  }

  private static ResponseEntity<ActivityResponse> created(RecordActivity.Recorded recorded) {
    return ResponseEntity.status(HttpStatus.CREATED).body(ActivityResponse.of(recorded));
  }
}
