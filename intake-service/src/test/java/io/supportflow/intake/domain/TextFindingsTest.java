package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFindingsTest {

  @ParameterizedTest(name = "\"{0}\" names version {1}")
  @CsvSource(delimiter = '|', value = {
    "Since the upgrade to version 2.3.1 reports fail|2.3.1",
    "We run v4.1 in production|4.1",
    "Release: 5.0.0-rc1 crashes|5.0.0-rc1",
    "Build #7.2.10 is slow|7.2.10"
  })
  void aVersionNamedInTheTextIsFound(String text, String version) {
    assertThat(VersionSpotter.findIn(text)).contains(version);
  }

  @Test
  void numbersThatAreNoVersionAreNotTakenForOne() {
    assertThat(VersionSpotter.findIn("Call me at 020 555 0100, costs 12.50 EUR")).isEmpty();
  }

  @Test
  void aSeverityIsReadFromASubjectTagOrATextLine() {
    assertThat(StatedSeverity.findIn("[SEV1] Checkout down", "")).contains("SEV1");
    assertThat(StatedSeverity.findIn("Checkout down", "Hello,\nSeverity: Urgent\nthanks")).contains("Urgent");
    assertThat(StatedSeverity.findIn("Checkout down", "priority: whenever")).isEmpty();
    assertThat(StatedSeverity.findIn("VPN down", "Severity: Critical. Nobody can reach the VPN.")).contains("Critical");
    assertThat(StatedSeverity.findIn("VPN down", "Severity: Critical path analysis is slow")).isEmpty();
  }

  @Test
  void monitoringSeverityLabelsMapToPriorities() {
    assertThat(SeverityScale.read("critical")).contains(Priority.P1);
    assertThat(SeverityScale.read("warning")).contains(Priority.P3);
    assertThat(SeverityScale.read("info")).contains(Priority.P4);
    assertThat(SeverityScale.read("error")).contains(Priority.P2);
  }
}
