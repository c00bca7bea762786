package io.supportflow.console.adapter.web.api;

import io.supportflow.console.application.CaseViews;
import io.supportflow.console.domain.ComplianceRow;
import io.supportflow.web.FieldProblem;
import io.supportflow.web.InvalidRequestException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SLA compliance of the caller's tenant per customer, priority, clock and month:
 * GET /api/v1/reports/compliance?from=2026-01&to=2026-12 as JSON, or as CSV (Accept: text/csv) for
 * a spreadsheet.
 */
@RestController
public record ComplianceController(CaseViews views) {

  /** The longest report: ten years of months. */
  static final int MAX_MONTHS = 120;

  record Row(String month, String customerId, String priority, String clock, long met, long breached,
      double compliance, long meanMarginMillis, long meanOverrunMillis, long downtimeMillis) {}

  @GetMapping(path = "/api/v1/reports/compliance", produces = "application/json")
  List<Row> json(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      Authentication tenant) {
    return rows(from, to, tenant);
  }

  @GetMapping(path = "/api/v1/reports/compliance", produces = "text/csv")
  ResponseEntity<String> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      Authentication tenant) {
    List<Row> rows = rows(from, to, tenant);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"sla-compliance.csv\"")
        .header(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8")
        .body(ComplianceCsv.of(rows));
  }

  private List<Row> rows(String from, String to, Authentication tenant) {
    List<FieldProblem> problems = new ArrayList<>();
    YearMonth first = month("from", from, problems);
    YearMonth last = month("to", to, problems);
    if (first != null && last != null) {
      if (last.isBefore(first)) {
        problems.add(new FieldProblem("to", "is before from"));
      } else if (first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
        problems.add(new FieldProblem("to", "is more than " + MAX_MONTHS + " months after from"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return views.compliance(tenant.getName(), first, last).stream().map(ComplianceController::row).toList();
  }

  private static YearMonth month(String field, String value, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, "is required, a month like 2026-01"));
      return null;
    }
    try {
      return YearMonth.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem(field, "is not a month like 2026-01"));
      return null;
    }
  }

  static Row row(ComplianceRow r) {
    long settled = r.met() + r.breached();
    return new Row(r.month().toString(), r.customerId(), r.priority(), r.clock(), r.met(), r.breached(),
        settled == 0 ? 1.0 : (double) r.met() / settled, r.meanMarginMillis(), r.meanOverrunMillis(),
        r.downtimeMillis());
  }
}
