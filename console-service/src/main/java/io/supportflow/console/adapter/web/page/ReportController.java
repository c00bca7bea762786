package io.supportflow.console.adapter.web.page;

import io.supportflow.console.adapter.web.api.ComplianceCsv;
import io.supportflow.console.application.BrowseCases;
import io.supportflow.console.application.SignedIn;
import io.supportflow.console.domain.ComplianceRow;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' SLA compliance report: per customer, priority, clock and month, as a chart and a
 * table, and the same rows as CSV. Months default to the last twelve; at most 36 at once.
 */
@Controller
record ReportController(BrowseCases cases, Clock clock) {

  private static final int MAX_MONTHS = 36;

  /** The months asked for, defaulted and bounded. */
  record Months(YearMonth from, YearMonth to) {}

  @GetMapping("/reports/compliance")
  String compliance(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Model model) {
    Months months = months(from, to);
    List<ComplianceRow> rows = cases.compliance(me, months.from(), months.to());
    model.addAttribute("months", months);
    model.addAttribute("rows", rows);
    model.addAttribute("chart", ComplianceChart.of(rows));
    return "report";
  }

  @GetMapping("/reports/compliance.csv")
  ResponseEntity<String> csv(@AuthenticationPrincipal SignedIn me, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    Months months = months(from, to);
    String csv = ComplianceCsv.ofViews(cases.compliance(me, months.from(), months.to()));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("sla-compliance-" + months.from() + "-" + months.to() + ".csv").build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(csv);
  }

  private Months months(String from, String to) {
    YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
    YearMonth end = parse(to, current);
    YearMonth start = parse(from, end.minusMonths(11));
    if (start.isAfter(end)) {
      start = end;
    }
    if (start.plusMonths(MAX_MONTHS - 1).isBefore(end)) {
      start = end.minusMonths(MAX_MONTHS - 1);
    }
    return new Months(start, end);
  }

  private static YearMonth parse(String month, YearMonth otherwise) {
    if (month == null || month.isBlank()) {
      return otherwise;
    }
    try {
      return YearMonth.parse(month.strip());
    } catch (DateTimeParseException e) {
      return otherwise;
    }
  }
}
