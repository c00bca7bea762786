package io.supportflow.console.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplianceCsvTest {

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertThat(ComplianceCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ComplianceCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ComplianceCsv.cell("northwind")).isEqualTo("northwind");
  }

  @Test
  void aCellWithACommaOrQuoteIsQuoted() {
    assertThat(ComplianceCsv.cell("Northwind, Inc.")).isEqualTo("\"Northwind, Inc.\"");
  }
}
