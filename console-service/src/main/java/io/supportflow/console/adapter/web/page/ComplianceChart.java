package io.supportflow.console.adapter.web.page;

import io.supportflow.console.domain.ComplianceRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The compliance report as horizontal bars, one per row: the met share in one colour, the
 * breached share in another, laid out in SVG user units so the template only places rectangles.
 */
record ComplianceChart(List<Bar> bars, int width, int height) {

  static final int LABEL_WIDTH = 260;
  static final int BAR_WIDTH = 400;
  static final int ROW_HEIGHT = 24;

  /** One row's bar: {@code metWidth + breachedWidth == BAR_WIDTH} when any clock ended. */
  record Bar(String label, int y, int metWidth, int breachedWidth, String percent, long met, long breached) {

    public int metX() {
      return LABEL_WIDTH;
    }

    public int breachedX() {
      return LABEL_WIDTH + metWidth;
    }

    public int percentX() {
      return LABEL_WIDTH + BAR_WIDTH + 8;
    }
  }

  static ComplianceChart of(List<ComplianceRow> rows) {
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    for (ComplianceRow row : rows) {
      long total = row.met() + row.breached();
      int metWidth = total == 0 ? 0 : (int) Math.round(BAR_WIDTH * (double) row.met() / total);
      int breachedWidth = total == 0 ? 0 : BAR_WIDTH - metWidth;
      String percent = total == 0 ? "–" : Math.round(100.0 * row.met() / total) + "%";
      bars.add(new Bar(row.month() + " " + row.customerId() + " " + row.priority() + " " + row.clock(), y,
          metWidth, breachedWidth, percent, row.met(), row.breached()));
      y += ROW_HEIGHT;
    }
    return new ComplianceChart(bars, LABEL_WIDTH + BAR_WIDTH + 60, Math.max(y, ROW_HEIGHT));
  }
}
