package io.supportflow.escalation.adapter.web;

import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.timeline.CaseReplays;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** GET /api/v1/cases/{caseId}/escalations: the walk of a case of the caller's tenant. */
@RestController
public class CaseEscalationsController {

  private final CaseReplays<EscalationTerms, EscalationReport> walks;
  private final Clock clock;

  public CaseEscalationsController(CaseReplays<EscalationTerms, EscalationReport> walks, Clock clock) {
    this.walks = walks;
    this.clock = clock;
  }

  @Operation(summary = "The escalation walk of a case",
      description = "Levels reached so far (role, person, when, why) and the levels still ahead with their due time.")
  @GetMapping(path = "/api/v1/cases/{caseId}/escalations", produces = "application/json")
  EscalationsResponse escalations(@PathVariable String caseId, Authentication tenant) {
    var walked = walks.seenBy(tenant.getName(), caseId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No escalated case " + caseId));
    return EscalationsResponse.of(caseId, walked.timeline().caseNumber(), walked.result(), clock.instant());
  }
}
