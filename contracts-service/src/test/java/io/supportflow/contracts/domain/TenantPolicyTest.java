package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantPolicyTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private final Tenant acme = Tenant.named("acme", "ACME", UTC);
  private final CoverageCalendar allDay = CoverageCalendar.twentyFourSeven(UTC);
  private final Customer northwind = Customer.ofDomains("northwind", "Northwind", List.of("northwind.example"));

  @Test
  void aContractMustNameAnExistingCustomer() {
    Contract orphan = new Contract("c-1", "nobody", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null,
        Plans.plan().build());

    assertThatThrownBy(() -> new TenantPolicy(acme, List.of(allDay), List.of(), List.of(northwind), List.of(orphan)))
        .isInstanceOf(PolicyViolation.class)
        .hasMessage("contracts[c-1].customerId: no customer 'nobody'");
  }

  @Test
  void aContractsPlanMustNameAnExistingCalendar() {
    Contract c = new Contract("c-1", "northwind", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null,
        Plans.plan().calendar("cet-9x5").build());

    assertThatThrownBy(() -> new TenantPolicy(acme, List.of(allDay), List.of(), List.of(northwind), List.of(c)))
        .hasMessage("contracts[c-1].plan.calendarId: no calendar 'cet-9x5'");
  }

  @Test
  void twoCustomersCannotShareADomainSoIdentificationIsNeverAmbiguous() {
    Customer copycat = Customer.ofDomains("copycat", "Copycat", List.of("northwind.example"));

    assertThatThrownBy(() -> new TenantPolicy(acme, List.of(), List.of(), List.of(northwind, copycat), List.of()))
        .hasMessage("customers[copycat]: domain northwind.example already belongs to customer 'northwind'");
  }

  @Test
  void everyRoleOfAnEscalationMatrixNeedsSomeoneOnTheRoster() {
    EscalationMatrix matrix = new EscalationMatrix("m", List.of(new EscalationLevel(Priority.P1, 0, TargetUnit.CLOCK_MINUTES, "CTO")));

    assertThatThrownBy(() -> TenantPolicy.empty(Tenant.named("acme", "ACME", UTC).withEscalationMatrices(List.of(matrix))))
        .hasMessage("tenant.escalationMatrices[m]: role 'CTO' has nobody on the roster; add it to tenant.roster");
  }

  @Test
  void valuesAreCheckedWithMessagesThatNameTheField() {
    assertThatThrownBy(() -> new Contact("Ann", "not-an-address", null, ContactRole.ADMINISTRATOR, null))
        .hasMessage("email: 'not-an-address' is not an e-mail address");
    assertThatThrownBy(() -> new Contact("Ann", "ann@x.example", "020 555 0100", ContactRole.ADMINISTRATOR, null))
        .hasMessage("phone: '020 555 0100' is not a phone number in E.164 form, e.g. +31205550100");
    assertThatThrownBy(() -> new WeeklyInterval(List.of(DayOfWeek.MONDAY), "17:00", "08:00"))
        .hasMessage("to: must be after from (17:00)");
    assertThatThrownBy(() -> new Contract("C 1", "n", LocalDate.MIN, LocalDate.MAX, null, null, Plans.plan().build()))
        .hasMessageStartingWith("contractId: must be 1-64 lower-case letters");
  }

  @Test
  void theRunningContractAppliesElseTheOneThatEndedLast() {
    Contract old = contract("old", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    Contract older = contract("older", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    Contract current = contract("current", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    TenantPolicy policy = new TenantPolicy(acme, List.of(allDay), List.of(), List.of(northwind), List.of(older, old, current));

    assertThat(policy.contractFor("northwind", Instant.parse("2026-06-01T00:00:00Z"))).contains(current);
    assertThat(policy.contractFor("northwind", Instant.parse("2025-06-01T00:00:00Z"))).contains(old);
    assertThat(policy.contractFor("northwind", Instant.parse("2022-06-01T00:00:00Z"))).contains(older);
  }

  @Test
  void applyingAPresetPutsItsPlanOnTheContractAndBringsTheCalendarMatrixStatusMailsAndKeywords() {
    CoverageCalendar nineToFive = new CoverageCalendar("cet-9x5", UTC,
        List.of(new WeeklyInterval(List.of(DayOfWeek.MONDAY), "08:00", "17:00")), null, null, null);
    EscalationMatrix matrix = new EscalationMatrix("m",
        List.of(new EscalationLevel(Priority.P1, 0, TargetUnit.CLOCK_MINUTES, "CTO")));
    StatusMailCadence every30 = new StatusMailCadence(Priority.P1, 30, TargetUnit.CLOCK_MINUTES);
    var downIsInfrastructure = new ScopeClassifier.CategoryKeywords(RequestCategory.INFRASTRUCTURE, List.of("down"));
    SupportPlan noPlan = Plans.plan().tier("without-plan").calendar("cet-9x5").matrix("m").build();
    SupportPlan termed = new SupportPlan(noPlan.planName(), noPlan.tier(), noPlan.calendarId(), noPlan.channels(),
        noPlan.languages(), noPlan.scope(), new CaseQuota(1, 90), noPlan.targets(), List.of(), false, false, null, true, 90, "m");
    Preset preset = new Preset("plans", null, List.of(nineToFive), List.of(matrix), List.of(every30), List.of(termed),
        new ScopeClassifier(false, List.of(downIsInfrastructure)));
    Tenant staffed = new Tenant("acme", "ACME", UTC, List.of(new RosterEntry("CTO", "Cleo", "cto@acme.example")), null, null,
        false, false, false, new ScopeClassifier(true, List.of()));
    TenantPolicy before = new TenantPolicy(staffed, List.of(allDay), List.of(), List.of(northwind),
        List.of(contract("c-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));

    TenantPolicy after = before.applyPreset(preset, "c-1", "WITHOUT-PLAN");

    assertThat(after.contract("c-1").orElseThrow()).isEqualTo(new Contract("c-1", "northwind",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), null, null, termed));
    assertThat(after.calendars()).containsExactly(allDay, nineToFive);
    assertThat(after.tenant().escalationMatrices()).containsExactly(matrix);
    assertThat(after.tenant().statusMails()).containsExactly(every30);
    assertThat(after.tenant().classifier()).as("the preset's keywords; passing unclassified stays the tenant's say")
        .isEqualTo(new ScopeClassifier(true, List.of(downIsInfrastructure)));
    assertThatThrownBy(() -> before.applyPreset(preset, "c-1", "Gold"))
        .hasMessage("tier: preset plans has no tier 'Gold'; its tiers are [without-plan]");
  }

  private static Contract contract(String id, LocalDate from, LocalDate to) {
    return new Contract(id, "northwind", from, to, null, null, Plans.plan().build());
  }
}
