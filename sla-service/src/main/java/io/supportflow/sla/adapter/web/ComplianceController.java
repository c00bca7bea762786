package io.supportflow.sla.adapter.web;

import io.supportflow.sla.application.SlaCompliance;
import io.supportflow.sla.domain.ComplianceTally;
import io.swagger.v3.oas.annotations.Operation;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/sla/compliance?month=2026-11&zone=Europe/Amsterdam: the caller's tenant only. */
@RestController
public class ComplianceController {

  record Row(String customerId, String priority, String clock, int met, int breached,
      double compliance, Duration averageMargin, Duration worstOverrun) {}

  private final SlaCompliance compliance;

  public ComplianceController(SlaCompliance compliance) {
    this.compliance = compliance;
  }

  @Operation(summary = "SLA compliance of a month",
      description = "Per customer, priority and clock: met and breached clocks of the cases received in the month, "
          + "the share met, the average margin and the worst overrun.")
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
        .map(ComplianceController::row).toList();
  }

  private static Row row(ComplianceTally.Row r) {
    return new Row(r.customerId(), r.priority().name(), r.clock().name(), r.met(), r.breached(),
        r.compliance(), r.averageMargin(), r.worstOverrun());
  }
}
