package io.supportflow.console.adapter.web.api;

import io.supportflow.console.application.CaseViews;
import io.supportflow.console.domain.CasePage;
import io.supportflow.console.domain.CaseQuery;
import io.supportflow.console.domain.CaseSummary;
import io.supportflow.console.domain.CaseView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case views of the caller's tenant, for its staff's keys: GET /api/v1/case-views (search,
 * soonest deadline first, a cursor per page, counts) and GET /api/v1/case-views/{caseNumber} (the
 * whole case). Another tenant's case is not found, exactly like a case that does not exist.
 */
@RestController
public record CaseViewsController(CaseViews views, Clock clock) {

  /** A queue line, with whether it is at risk now by the query's window. */
  record Item(String caseNumber, String status, String priority, String channel, String subject, String customerId,
      String reporterName, Instant receivedAt, Instant nextDeadline, boolean breached, boolean atRisk,
      Instant updatedAt) {}

  record Counts(long total, long atRisk, long breached) {}

  record Page(List<Item> items, String nextCursor, Counts counts) {}

  @GetMapping(path = "/api/v1/case-views", produces = "application/json")
  Page search(@RequestParam(required = false) List<String> status,
      @RequestParam(required = false) List<String> priority, @RequestParam(required = false) String customer,
      @RequestParam(required = false) String channel, @RequestParam(required = false) String text,
      @RequestParam(required = false) String risk, @RequestParam(required = false) String within,
      @RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
      @RequestParam(required = false) String limit, Authentication tenant) {
    CaseQuery query = CaseQueryParams.parse(status, priority, customer, channel, text, risk, within, sort, cursor,
        limit);
    Instant now = clock.instant();
    CasePage page = views.search(tenant.getName(), query, now);
    return new Page(page.items().stream().map(s -> item(s, query, now)).toList(), page.nextCursor(),
        new Counts(page.total(), page.atRisk(), page.breached()));
  }

  @GetMapping(path = "/api/v1/case-views/{caseNumber}", produces = "application/json")
  CaseView one(@PathVariable String caseNumber, Authentication tenant) {
    return views.byNumber(tenant.getName(), caseNumber).orElseThrow(CaseViewNotFoundException::new);
  }

  private static Item item(CaseSummary s, CaseQuery query, Instant now) {
    return new Item(s.caseNumber(), s.status(), s.priority(), s.channel(), s.subject(), s.customerId(),
        s.reporterName(), s.receivedAt(), s.nextDeadline(), s.breached(), s.atRisk(now, query.atRiskWithin()),
        s.updatedAt());
  }
}
