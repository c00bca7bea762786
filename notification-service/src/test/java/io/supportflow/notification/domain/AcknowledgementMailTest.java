package io.supportflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AcknowledgementMailTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:15:00Z");
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final String COVERED =
      "Your request is covered by your infra-24x7 contract, valid until 31 December 2027.";

  private static ReceivedRequest request(String name, String email, String reason, ZoneId zone) {
    return new ReceivedRequest("case-1", "ACME-000042", Priority.P1, "Checkout is down", reason,
        name, email, RECEIVED, zone);
  }

  @Test
  void anEntitledReporterIsToldTheCaseNumberPriorityTermsAndTimeOfReceiptInTheirZone() {
    OutgoingMail mail = AcknowledgementMail.forRequest(
        request("Olivia Ops", "ops@northwind.example", COVERED, AMSTERDAM)).orElseThrow();

    assertThat(mail).isEqualTo(new OutgoingMail(
        "case-1:ACKNOWLEDGEMENT",
        NotificationKind.ACKNOWLEDGEMENT,
        "<case-1.ACKNOWLEDGEMENT@supportflow>",
        "ops@northwind.example",
        "[ACME-000042] We have received your request: Checkout is down",
        """
        Hello Olivia Ops,

        We have received your request and registered it as case ACME-000042.

          Case number: ACME-000042
          Subject:     Checkout is down
          Priority:    P1
          Received:    Tuesday 24 November 2026, 10:15 CET

        Your request is covered by your infra-24x7 contract, valid until 31 December 2027.

        Please keep [ACME-000042] in the subject when you reply, so that your message is added to this case.

        Kind regards,
        Support
        """));
  }

  @Test
  void aReporterWithoutTermsIsToldWhyAndGetsTheTimeInUtc() {
    String refused = "We could not match your address to a customer with a support contract.";

    OutgoingMail mail = AcknowledgementMail.forRequest(
        request("Olivia Ops", "ops@unknown.example", refused, null)).orElseThrow();

    assertThat(mail.body())
        .contains("\n" + refused + "\n")
        .contains("Received:    Tuesday 24 November 2026, 09:15 UTC");
  }

  @Test
  void summerTimeIsNamedAsSuch() {
    ReceivedRequest july = new ReceivedRequest("case-1", "ACME-000042", Priority.P2, "Slow", COVERED,
        null, "ops@northwind.example", Instant.parse("2026-07-07T09:15:00Z"), AMSTERDAM);

    assertThat(AcknowledgementMail.forRequest(july).orElseThrow().body())
        .contains("Received:    Tuesday 7 July 2026, 11:15 CEST");
  }

  @Test
  void aReporterWithoutANameIsGreetedPlainly() {
    assertThat(AcknowledgementMail.forRequest(request(null, "ops@northwind.example", COVERED, AMSTERDAM))
        .orElseThrow().body()).startsWith("Hello,\n\n");
  }

  @Test
  void aReporterWithoutAnAddressGetsNoMail() {
    assertThat(AcknowledgementMail.forRequest(request("Olivia Ops", null, COVERED, AMSTERDAM))).isEmpty();
    assertThat(AcknowledgementMail.forRequest(request("Olivia Ops", " ", COVERED, AMSTERDAM))).isEmpty();
  }

  @Test
  void aRequestOutsideCoveredHoursIsToldWhenWorkStartsInTheCalendarsZone() {
    CoveredHours officeHours = new CoveredHours(AMSTERDAM,
        java.util.List.of(CoveredHours.Span.on(java.time.DayOfWeek.WEDNESDAY, 9 * 60, 17 * 60)),
        java.util.Set.of(), java.util.List.of());
    ReceivedRequest lateTuesday = new ReceivedRequest("case-1", "ACME-000042", Priority.P3, "Slow", COVERED,
        "Olivia Ops", "ops@northwind.example", Instant.parse("2026-11-24T19:00:00Z"), AMSTERDAM, officeHours);

    assertThat(AcknowledgementMail.forRequest(lateTuesday).orElseThrow().body())
        .contains("  Received:    Tuesday 24 November 2026, 20:00 CET\n"
            + "  Work starts: Wednesday 25 November 2026, 09:00 CET (the start of your next covered period)\n\n");
  }
}
