package io.supportflow.escalation.adapter.web;

import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.web.TenantCases;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/cases/{caseId}/escalations: the walk of a case of the caller's tenant. */
@RestController
public record CaseEscalationsController(CaseReplays<EscalationTerms, EscalationReport> walks) {

  @Operation(summary = "The escalation walk of a case",
      description = "Levels reached so far (role, person, when, why) and the levels still ahead with their due time.")
  @GetMapping(path = "/api/v1/cases/{caseId}/escalations", produces = "application/json")
  EscalationsResponse escalations(@PathVariable String caseId, Authentication tenant) {
    var walked = TenantCases.replayedFor(walks, tenant, caseId, "escalated case");
    return EscalationsResponse.of(caseId, walked.timeline().caseNumber(), walked.result(), walked.asOf());
  }
}
