package io.supportflow.sla.adapter.web;

import io.supportflow.sla.application.PreviewClocks.Preview;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseReplays;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** GET /api/v1/cases/{caseId}/sla: the live clocks of a case of the caller's tenant. */
@RestController
public class CaseSlaController {

  private final CaseReplays<SlaTerms, SlaEvaluation> clocks;
  private final Clock clock;

  public CaseSlaController(CaseReplays<SlaTerms, SlaEvaluation> clocks, Clock clock) {
    this.clocks = clocks;
    this.clock = clock;
  }

  @Operation(summary = "The live clocks of a case",
      description = "Every clock of the case as it stands now, in the same shape as the preview.")
  @GetMapping(path = "/api/v1/cases/{caseId}/sla", produces = "application/json")
  PreviewResponse clocks(@PathVariable String caseId, Authentication tenant) {
    var tracked = clocks.seenBy(tenant.getName(), caseId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No timed case " + caseId));
    var terms = tracked.timeline().terms();
    return PreviewResponse.of(new Preview(tracked.result(),
        terms.calendar().nextCoveredMoment(tracked.timeline().receivedAt()), clock.instant()));
  }
}
