package io.supportflow.console.adapter.web.api;

import java.util.List;
import java.util.Locale;

/**
 * The compliance rows as RFC 4180 CSV, one header line; a cell a spreadsheet would run as a
 * formula (starting with = + - @) is prefixed with an apostrophe.
 */
final class ComplianceCsv {

  static final String HEADER = "month,customer,priority,clock,met,breached,compliance,mean_margin_ms,"
      + "mean_overrun_ms,downtime_ms";

  private ComplianceCsv() {}

  static String of(List<ComplianceController.Row> rows) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (ComplianceController.Row r : rows) {
      csv.append(String.join(",", cell(r.month()), cell(r.customerId()), cell(r.priority()), cell(r.clock()),
              String.valueOf(r.met()), String.valueOf(r.breached()), String.format(Locale.ROOT, "%.4f", r.compliance()),
              String.valueOf(r.meanMarginMillis()), String.valueOf(r.meanOverrunMillis()),
              String.valueOf(r.downtimeMillis())))
          .append("\r\n");
    }
    return csv.toString();
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      return "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
