package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputHygieneTest {

  @Test
  void lineBreaksAndSeparatorsInAOneLineFieldBecomeOneSpace() {
    assertThat(InputHygiene.oneLine("subject", "Help\r\nBcc: victim@example.com")).isEqualTo("Help Bcc: victim@example.com");
    assertThat(InputHygiene.oneLine("subject", "a\u2028b\u2029c\u0085d\te\u000Bf\u000Cg")).isEqualTo("a b c d e f g");
    assertThat(InputHygiene.oneLine("subject", "  \r\n padded \n ")).isEqualTo("padded");
  }

  @Test
  void zeroWidthCharactersAndBidiMarksAreRemovedFromOneLineFields() {
    assertThat(InputHygiene.oneLine("subject", "AC\u200BME-0\u200C00\u200D1\u2060\uFEFF\u200E\u200F")).isEqualTo("ACME-0001");
  }

  @Test
  void otherControlCharactersInAOneLineFieldAreRefusedNamingTheField() {
    for (String hostile : List.of("a\u0000b", "bell\u0007", "esc\u001B[31m", "del\u007F", "c1\u009B")) {
      assertThatThrownBy(() -> InputHygiene.oneLine("reporter.name", hostile))
          .isInstanceOf(RefusedTextException.class)
          .satisfies(e -> assertThat(((RefusedTextException) e).field()).isEqualTo("reporter.name"));
    }
  }

  @Test
  void bidiEmbeddingsOverridesAndIsolatesAreRefusedInOneLineFields() {
    for (int cp : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
      assertThatThrownBy(() -> InputHygiene.oneLine("subject", "invoice" + Character.toString(cp) + "fdp.exe"))
          .isInstanceOf(RefusedTextException.class)
          .hasMessageContaining(String.format("U+%04X", cp));
    }
  }

  @Test
  void multiLineTextKeepsItsLinesAndTabsAndLosesEveryOtherInvisibleCharacter() {
    assertThat(InputHygiene.multiLine("line 1\r\nline 2\rline 3\u2028line 4\n\tindented\u0000\u202E\u200B\u0007!"))
        .isEqualTo("line 1\nline 2\nline 3\nline 4\n\tindented!");
  }

  @Test
  void nullStaysNull() {
    assertThat(InputHygiene.oneLine("subject", null)).isNull();
    assertThat(InputHygiene.multiLine(null)).isNull();
  }

  @Test
  void aMailSubjectOrSenderNameDecodedToLineBreaksIsOneLineLikeThePortals() {
    InboundMail mail = new InboundMail("<a@n>", "ops@northwind.example", "Olivia\r\nBcc: x@evil.example", null,
        "Re: [ACME-000189] hi\r\nBcc: x@evil.example", List.of(), List.of(), null, null, null, false, "text/plain",
        null, "body", List.of());
    assertThat(mail.subject()).isEqualTo("Re: [ACME-000189] hi Bcc: x@evil.example");
    assertThat(mail.fromName()).isEqualTo("Olivia Bcc: x@evil.example");
  }

  @Test
  void alertLabelsAreCleanedAndDollarKeysAndNulAreRefused() {
    Instant at = Instant.parse("2026-11-24T09:00:00Z");
    MonitoringAlert alert = new MonitoringAlert(true, Map.of("alertname", "Disk\u200B full\r\n"),
        Map.of("description", "line 1\r\nline 2\u0000"), at, null, "f1", null);
    assertThat(alert.labels()).containsEntry("alertname", "Disk full");
    assertThat(alert.annotations()).containsEntry("description", "line 1\nline 2");
    assertThatThrownBy(() -> new MonitoringAlert(true, Map.of("$where", "1"), Map.of(), at, null, "f1", null))
        .isInstanceOf(RefusedTextException.class).hasMessageContaining("'$'");
    assertThatThrownBy(() -> new MonitoringAlert(true, Map.of("alertname", "Disk\u0000"), Map.of(), at, null, "f1",
        null)).isInstanceOf(RefusedTextException.class);
    assertThatThrownBy(() -> new MonitoringAlert(true, Map.of("x".repeat(201), "v"), Map.of(), at, null, "f1", null))
        .isInstanceOf(RefusedTextException.class);
  }

  @Test
  void aReporterNameWithAnOverrideIsRefusedWhenTheRequestIsCleaned() {
    assertThatThrownBy(() -> new Reporter("Olivia \u202Eevil", "ops@northwind.example", null).cleaned())
        .isInstanceOf(RefusedTextException.class);
    assertThat(new Reporter("Olivia\r\nOps", "ops@northwind.example", null).cleaned().name()).isEqualTo("Olivia Ops");
  }
}
