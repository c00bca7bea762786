package io.supportflow.sla.adapter.web;

import io.supportflow.sla.application.PreviewClocks.Preview;
import io.supportflow.sla.application.TrackCaseClocks;
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

  private final TrackCaseClocks trackCaseClocks;
  private final Clock clock;

  public CaseSlaController(TrackCaseClocks trackCaseClocks, Clock clock) {
    this.trackCaseClocks = trackCaseClocks;
    this.clock = clock;
  }

  @Operation(summary = "The live clocks of a case",
      description = "Every clock of the case as it stands now, in the same shape as the preview.")
  @GetMapping(path = "/api/v1/cases/{caseId}/sla", produces = "application/json")
  PreviewResponse clocks(@PathVariable String caseId, Authentication tenant) {
    // Another tenant's case answers as if it did not exist: its id says nothing either way.
    var tracked = trackCaseClocks.find(caseId)
        .filter(c -> tenant.getName().equals(c.tenantId()) && c.terms() != null)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No timed case " + caseId));
    var evaluation = trackCaseClocks.current(caseId).orElseThrow();
    return PreviewResponse.of(new Preview(evaluation,
        tracked.terms().calendar().nextCoveredMoment(tracked.receivedAt()), clock.instant()));
  }
}
