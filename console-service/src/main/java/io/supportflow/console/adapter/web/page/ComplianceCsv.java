package io.supportflow.console.adapter.web.page;

import io.supportflow.console.domain.ComplianceRow;
import java.util.List;

/**
 * The compliance report as CSV (RFC 4180): a header, one line per row. A cell that a spreadsheet
 * would run as a formula (=, +, -, @ first) is prefixed with an apostrophe.
 */
final class ComplianceCsv {

  static final String HEADER = "month,customer,priority,clock,met,breached,compliance_percent,"
      + "mean_margin_minutes,mean_overrun_minutes,downtime_minutes";

  private ComplianceCsv() {}

  static String of(List<ComplianceRow> rows) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (ComplianceRow row : rows) {
      long total = row.met() + row.breached();
      csv.append(String.join(",",
          row.month().toString(), cell(row.customerId()), cell(row.priority()), cell(row.clock()),
          Long.toString(row.met()), Long.toString(row.breached()),
          total == 0 ? "" : Long.toString(Math.round(100.0 * row.met() / total)),
          Long.toString(row.meanMarginMillis() / 60_000), Long.toString(row.meanOverrunMillis() / 60_000),
          Long.toString(row.downtimeMillis() / 60_000))).append("\r\n");
    }
    return csv.toString();
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
