package io.supportflow.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.DailyInterval;
import io.supportflow.businesstime.WeeklyHours;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    OutgoingMail mail = AcknowledgementMail.forRequest("acme",
        request("Olivia Ops", "ops@northwind.example", COVERED, AMSTERDAM)).orElseThrow();

    assertThat(mail).isEqualTo(new OutgoingMail(
        "acme",
        "case-1:ACKNOWLEDGEMENT",
        NotificationKind.ACKNOWLEDGEMENT,
        "<case-1.ACKNOWLEDGEMENT@supportflow>",
        "ops@northwind.example",
        "[ACME-000042] We have received your request: Checkout is down",
        Map.of(
            "reporterName", "Olivia Ops",
            "caseNumber", "ACME-000042",
            "subject", "Checkout is down",
            "priority", "P1",
            "received", "Tuesday 24 November 2026, 10:15 CET",
            "workStarts", "immediately",
            "reason", COVERED),
        null));
  }

  @Test
  void aReporterWithoutTermsIsToldWhyAndGetsTheTimeInUtc() {
    String refused = "We could not match your address to a customer with a support contract.";

    OutgoingMail mail = AcknowledgementMail.forRequest("acme",
        request("Olivia Ops", "ops@unknown.example", refused, null)).orElseThrow();

    assertThat(mail.fields())
        .containsEntry("reason", refused)
        .containsEntry("received", "Tuesday 24 November 2026, 09:15 UTC");
  }

  @Test
  void summerTimeIsNamedAsSuch() {
    ReceivedRequest july = new ReceivedRequest("case-1", "ACME-000042", Priority.P2, "Slow", COVERED,
        null, "ops@northwind.example", Instant.parse("2026-07-07T09:15:00Z"), AMSTERDAM);

    assertThat(AcknowledgementMail.forRequest("acme", july).orElseThrow().fields())
        .containsEntry("received", "Tuesday 7 July 2026, 11:15 CEST");
  }

  @Test
  void aReporterWithoutANameHasNoNameField() {
    assertThat(AcknowledgementMail.forRequest("acme", request(null, "ops@northwind.example", COVERED, AMSTERDAM))
        .orElseThrow().fields()).doesNotContainKey("reporterName");
    assertThat(AcknowledgementMail.forRequest("acme", request(" ", "ops@northwind.example", COVERED, AMSTERDAM))
        .orElseThrow().fields()).doesNotContainKey("reporterName");
  }

  @Test
  void aReporterWithoutAnAddressGetsNoMail() {
    assertThat(AcknowledgementMail.forRequest("acme", request("Olivia Ops", null, COVERED, AMSTERDAM))).isEmpty();
    assertThat(AcknowledgementMail.forRequest("acme", request("Olivia Ops", " ", COVERED, AMSTERDAM))).isEmpty();
  }

  @Test
  void aRequestOutsideCoveredHoursIsToldWhenWorkStartsInTheCalendarsZone() {
    BusinessCalendar officeHours = new BusinessCalendar("office", AMSTERDAM,
        WeeklyHours.on(List.of(DayOfWeek.WEDNESDAY), DailyInterval.of("09:00", "17:00")), Set.of(), WeeklyHours.none());
    ReceivedRequest lateTuesday = new ReceivedRequest("case-1", "ACME-000042", Priority.P3, "Slow", COVERED,
        "Olivia Ops", "ops@northwind.example", Instant.parse("2026-11-24T19:00:00Z"), AMSTERDAM, officeHours);

    assertThat(AcknowledgementMail.forRequest("acme", lateTuesday).orElseThrow().fields())
        .containsEntry("received", "Tuesday 24 November 2026, 20:00 CET")
        .containsEntry("workStarts", "Wednesday 25 November 2026, 09:00 CET")
        .containsEntry("workDeferred", "true");
  }

  @Test
  void aRequestInCoveredHoursIsToldWorkStartsImmediately() {
    assertThat(AcknowledgementMail.forRequest("acme", request("Olivia Ops", "ops@northwind.example", COVERED, AMSTERDAM))
        .orElseThrow().fields()).containsEntry("workStarts", "immediately").doesNotContainKey("workDeferred");
  }
}
