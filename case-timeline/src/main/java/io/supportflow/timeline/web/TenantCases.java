package io.supportflow.timeline.web;

import io.supportflow.timeline.CaseReplays;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** How a replaying service's API answers for one case: only to the case's own tenant. */
public final class TenantCases {

  private TenantCases() {}

  /**
   * The caller's case replayed now. An unknown case, one without terms yet and another tenant's
   * all answer 404 alike: a case id says nothing either way.
   *
   * @param what the case as the service names it in the problem's detail ("timed case")
   */
  public static <T, R> CaseReplays.Replayed<T, R> replayedFor(CaseReplays<T, R> replays, Principal tenant,
      String caseId, String what) {
    return replays.seenBy(tenant.getName(), caseId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No " + what + " " + caseId));
  }
}
