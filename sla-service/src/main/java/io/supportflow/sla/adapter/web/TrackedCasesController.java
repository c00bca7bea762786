package io.supportflow.sla.adapter.web;

import io.supportflow.sla.application.PreviewClocks.Preview;
import io.supportflow.sla.application.SlaCompliance;
import io.supportflow.sla.domain.ComplianceTally;
import io.supportflow.sla.domain.SlaEvaluation;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseReplays;
import io.supportflow.timeline.web.TenantCases;
import io.swagger.v3.oas.annotations.Operation;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The timed cases of the caller's tenant: GET /api/v1/cases/{caseId}/sla (one case's live clocks,
 * in the preview's shape) and GET /api/v1/sla/compliance?month=2026-11&zone=Europe/Amsterdam (the
 * month's tally).
 */
@RestController
public record TrackedCasesController(CaseReplays<SlaTerms, SlaEvaluation> clocks, SlaCompliance compliance) {

  /** The clock of a row that only says a resolved case of that customer and priority had no settled clock. */
  static final String NO_CLOCK = "NONE";

  record Row(String customerId, String priority, String clock, int met, int breached,
      double compliance, Duration averageMargin, Duration worstOverrun) {}

  @Operation(summary = "The live clocks of a case",
      description = "Every clock of the case as it stands now, in the same shape as the preview.")
  @GetMapping(path = "/api/v1/cases/{caseId}/sla", produces = "application/json")
  PreviewResponse live(@PathVariable String caseId, Authentication tenant) {
    CaseReplays.Replayed<SlaTerms, SlaEvaluation> tracked = TenantCases.replayedFor(clocks, tenant, caseId, "timed case");
    // Work commences at the next covered moment of the case's own calendar, as in the preview.
    var workCommences = tracked.timeline().lastTerms().orElseThrow().calendar()
        .nextCoveredMoment(tracked.timeline().receivedAt());
    return PreviewResponse.of(new Preview(tracked.result(), workCommences, tracked.asOf()));
  }

  @Operation(summary = "SLA compliance of a month",
      description = "Per customer, priority and clock: met and breached clocks of the cases received in the month, "
          + "the share met, the average margin and the worst overrun; a resolved case whose customer and priority "
          + "have no settled clock gives a row with clock NONE, as the console's report does.")
  @GetMapping(path = "/api/v1/sla/compliance", produces = "application/json")
  List<Row> month(@RequestParam String month, @RequestParam(defaultValue = "UTC") String zone, Authentication tenant) {
    YearMonth yearMonth;
    ZoneId zoneId;
    try {
      yearMonth = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new InvalidPreviewException("month", "'" + month + "' is not a month like 2026-11");
    }
    try {
      zoneId = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new InvalidPreviewException("zone", "'" + zone + "' is not an IANA time zone");
    }
    return compliance.forMonth(tenant.getName(), yearMonth, zoneId).stream()
        .map(TrackedCasesController::row).toList();
  }

  private static Row row(ComplianceTally.Row r) {
    return new Row(r.customerId(), r.priority().name(), r.clock() == null ? NO_CLOCK : r.clock().name(), r.met(), r.breached(),
        r.compliance(), r.averageMargin(), r.worstOverrun());
  }
}
