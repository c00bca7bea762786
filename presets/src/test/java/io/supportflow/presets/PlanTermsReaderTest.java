package io.supportflow.presets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTermsReaderTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final List<DayOfWeek> WEEKDAYS = List.of(
      DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

  /** contracts-service's import format, with parts the terms do not need. */
  private static final String POLICY = """
      tenant: {tenantId: acme, name: ACME Support, zone: Europe/Amsterdam, raiseOnBreach: true}
      calendars:
        - {calendarId: cet-9x5, zone: Europe/Amsterdam, publicHolidays: {country: NL},
           holidays: [2026-12-24],
           weeklyHours: [{days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY], from: "08:00", to: "17:00"}]}
      customers:
        - {customerId: contoso, name: Contoso, emailDomains: [contoso.example]}
      contracts:
        - {contractId: contoso-team, customerId: contoso, startsOn: 2026-01-01, endsOn: 2026-12-31,
           plan: {planName: tiered-business-hours, tier: Team, calendarId: cet-9x5, channels: [{channel: PORTAL}],
                  targets: [{priority: p1, metric: FIRST_RESPONSE, amount: 2, unit: BUSINESS_HOURS}],
                  aroundTheClockOnceWorking: [P1]}}
        - {contractId: contoso-spare, customerId: contoso, startsOn: 2027-01-01, endsOn: 2027-12-31,
           plan: {planName: custom, calendarId: cet-9x5}}
      """;

  private final PlanTermsReader reader = new PlanTermsReader();

  @Test
  void aPresetTierIsItsPlanWithTheCalendarItNames() {
    PlanTerms team = reader.preset("tiered-business-hours", "team");

    assertThat(team).isEqualTo(new PlanTerms("tiered-business-hours", "Team",
        new PlanTerms.Calendar("cet-9x5", AMSTERDAM, List.of(new PlanTerms.Hours(WEEKDAYS, "08:00", "17:00")),
            new PlanTerms.HolidayRegion("nl", null), List.of(), List.of()),
        List.of(new PlanTerms.Target("P1", "FIRST_RESPONSE", 2, "BUSINESS_HOURS"),
            new PlanTerms.Target("P2", "FIRST_RESPONSE", 6, "BUSINESS_HOURS"),
            new PlanTerms.Target("P3", "FIRST_RESPONSE", 1, "BUSINESS_DAYS"),
            new PlanTerms.Target("P4", "FIRST_RESPONSE", 2, "BUSINESS_DAYS")),
        List.of()));
  }

  @Test
  void aPresetWithOnePlanNeedsNoTierAndCarriesItsRoundTheClockPromise() {
    PlanTerms infra = reader.preset("infra-24x7", null);

    assertThat(infra.aroundTheClockOnceWorking()).containsExactly("P1", "P2");
    assertThat(infra.calendar().weeklyHours()).containsExactly(
        new PlanTerms.Hours(List.of(DayOfWeek.values()), "00:00", "24:00"));
    assertThat(reader.preset("tiered-business-hours", "Enterprise").calendar().extraCoverage())
        .containsExactly(new PlanTerms.Stretch(DayOfWeek.FRIDAY, "17:00", DayOfWeek.MONDAY, "08:00"));
  }

  @Test
  void anUnknownPresetOrTierSaysWhatThereIs() {
    assertThatThrownBy(() -> reader.preset("gold-support", "Team"))
        .isInstanceOf(PlanTermsException.class)
        .hasMessage("No preset 'gold-support'; the presets are "
            + "[annual-maintenance, infra-24x7, maintenance-plans, tiered-business-hours, carrier-grade].")
        .extracting(e -> ((PlanTermsException) e).field()).isEqualTo("preset");
    assertThatThrownBy(() -> reader.preset("tiered-business-hours", "Gold"))
        .hasMessage("Preset tiered-business-hours has no tier 'Gold'; its tiers are [Free, Team, Enterprise].")
        .extracting(e -> ((PlanTermsException) e).field()).isEqualTo("tier");
    assertThatThrownBy(() -> reader.preset("maintenance-plans", null))
        .hasMessage("Preset maintenance-plans sells several plans: name a tier, one of [with-plan, without-plan].");
    assertThatThrownBy(() -> reader.preset("infra-24x7", "Team"))
        .hasMessage("Preset infra-24x7 has no tiers; leave the tier out.");
  }

  @Test
  void aContractOfAPolicyDocumentIsItsPlanOnItsCalendarInYamlOrJson() {
    PlanTerms fromYaml = reader.contract(POLICY, "contoso-team");
    PlanTerms fromJson = reader.contract("""
        {"calendars": [{"calendarId": "cet-9x5", "zone": "Europe/Amsterdam", "publicHolidays": {"country": "nl"},
                        "holidays": ["2026-12-24"],
                        "weeklyHours": [{"days": ["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY"], "from": "08:00", "to": "17:00"}]}],
         "contracts": [{"contractId": "contoso-team",
                        "plan": {"planName": "tiered-business-hours", "tier": "Team", "calendarId": "cet-9x5",
                                 "targets": [{"priority": "P1", "metric": "FIRST_RESPONSE", "amount": 2, "unit": "BUSINESS_HOURS"}],
                                 "aroundTheClockOnceWorking": ["P1"]}}]}""", null);

    assertThat(fromYaml).isEqualTo(new PlanTerms("tiered-business-hours", "Team",
        new PlanTerms.Calendar("cet-9x5", AMSTERDAM, List.of(new PlanTerms.Hours(WEEKDAYS, "08:00", "17:00")),
            new PlanTerms.HolidayRegion("nl", null), List.of(LocalDate.of(2026, 12, 24)), List.of()),
        List.of(new PlanTerms.Target("P1", "FIRST_RESPONSE", 2, "BUSINESS_HOURS")),
        List.of("P1")));
    assertThat(fromJson).isEqualTo(fromYaml);
  }

  @Test
  void aContractNotInTheDocumentOrNoneNamedAmongSeveralIsRefusedWithTheContractsThereAre() {
    assertThatThrownBy(() -> reader.contract(POLICY, "fabrikam-free"))
        .hasMessage("The policy document has no contract 'fabrikam-free'; its contracts are [contoso-team, contoso-spare].")
        .extracting(e -> ((PlanTermsException) e).field()).isEqualTo("contractId");
    assertThatThrownBy(() -> reader.contract(POLICY, null))
        .hasMessage("The policy document has 2 contracts: name one of [contoso-team, contoso-spare].");
  }

  @Test
  void whatTheTermsNeedIsCheckedWithItsPlaceInTheDocument() {
    assertThatThrownBy(() -> reader.contract(POLICY.replace("unit: BUSINESS_HOURS", "unit: FORTNIGHTS"), "contoso-team"))
        .hasMessageStartingWith("'FORTNIGHTS' is not one of [BUSINESS_DAYS, BUSINESS_HOURS")
        .extracting(e -> ((PlanTermsException) e).field())
        .isEqualTo("policy.contracts[contoso-team].plan.targets[0].unit");
    assertThatThrownBy(() -> reader.contract(POLICY.replace("Europe/Amsterdam, publicHolidays", "Mars/Olympus, publicHolidays"), "contoso-team"))
        .hasMessage("'Mars/Olympus' is not an IANA time zone such as Europe/Amsterdam.")
        .extracting(e -> ((PlanTermsException) e).field()).isEqualTo("policy.calendars[cet-9x5].zone");
    assertThatThrownBy(() -> reader.contract(POLICY.replace("calendarId: cet-9x5, channels", "calendarId: cet-24x7, channels"), "contoso-team"))
        .hasMessage("The plan names calendar 'cet-24x7', which the document does not define.");
    assertThatThrownBy(() -> reader.contract("{\"contracts\": [}", null))
        .hasMessageStartingWith("The policy document is not readable JSON")
        .extracting(e -> ((PlanTermsException) e).field()).isEqualTo("policy");
    assertThatThrownBy(() -> reader.contract("contracts: [just-a-name]", null))
        .hasMessage("The policy document has the wrong type or format at contracts[0].")
        .extracting(e -> ((PlanTermsException) e).field()).isEqualTo("policy.contracts[0]");
    assertThatThrownBy(() -> reader.contract("x".repeat(PlanTermsReader.MAX_DOCUMENT_CHARS + 1), null))
        .hasMessage("The policy document is longer than 1000000 characters.");
  }

  @Test
  void theCalendarsHolidaysAreItsRegionsInTheYearsAskedAndItsOwnDates() {
    PlanTerms.Calendar calendar = reader.contract(POLICY, "contoso-team").calendar();

    assertThat(calendar.holidaysIn(new PublicHolidayCalendar(), List.of(Year.of(2026), Year.of(2027))))
        .contains(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2027, 4, 27))
        .doesNotContain(LocalDate.of(2028, 1, 1));
  }
}
