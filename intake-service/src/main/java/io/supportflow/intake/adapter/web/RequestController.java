package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.NewRequest;
import io.supportflow.intake.application.OpenCase;
import io.supportflow.intake.application.OpenedCase;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SeverityScale;
import io.supportflow.intake.domain.SupportCase;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The portal channel: a customer's request over REST becomes a case at once. */
@RestController
@RequestMapping("/api/v1/requests")
public class RequestController {

  private final OpenCase openCase;

  public RequestController(OpenCase openCase) {
    this.openCase = openCase;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  ResponseEntity<OpenedCaseResponse> open(
      @AuthenticationPrincipal TenantPrincipal tenant, @Valid @RequestBody NewRequestBody body) {
    Priority priority = body.severity() == null
        ? null
        : SeverityScale.read(body.severity())
            .orElseThrow(() -> new InvalidFieldException("severity",
                "'" + body.severity() + "' is not a severity; use P1-P4, SEV1-SEV4, Critical/Urgent/"
                    + "Moderate/Low, High/Medium/Low or 80/60/40/20"));
    OpenedCase opened = openCase.open(new NewRequest(
        tenant.tenantId(),
        Channel.PORTAL,
        new Reporter(body.reporter().name(), body.reporter().email().toLowerCase(Locale.ROOT),
            body.reporter().phone()),
        body.subject().strip(),
        body.description(),
        body.severity(),
        priority,
        body.product(),
        body.version(),
        body.language(),
        null));
    SupportCase c = opened.supportCase();
    return ResponseEntity.created(URI.create("/api/v1/cases/" + c.caseNumber()))
        .body(new OpenedCaseResponse(c.caseId(), c.caseNumber().toString(), c.status().name(),
            c.priority().name(), c.receivedAt()));
  }
}
