package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.contracts.domain.ContractChange.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractChangeTest {

  private static final ZoneId UTC = ZoneId.of("UTC");
  private final Tenant acme = Tenant.named("acme", "ACME", UTC);
  private final Customer northwind = Customer.ofDomains("northwind", "Northwind", List.of("northwind.example"));
  private final CoverageCalendar allDay = CoverageCalendar.twentyFourSeven(UTC);
  private final Contract a = contract("a", LocalDate.of(2026, 12, 31));
  private final Contract b = contract("b", LocalDate.of(2026, 12, 31));

  @Test
  void createdChangedAndDeletedContractsAreEachOneChange() {
    Contract bExtended = contract("b", LocalDate.of(2027, 12, 31));
    Contract c = contract("c", LocalDate.of(2026, 12, 31));

    List<ContractChange> changes = ContractChange.between(policy(List.of(allDay), a, b), policy(List.of(allDay), bExtended, c));

    assertThat(changes).containsExactly(
        new ContractChange(Kind.UPDATED, "northwind", "b", bExtended),
        new ContractChange(Kind.CREATED, "northwind", "c", c),
        new ContractChange(Kind.DELETED, "northwind", "a", null));
  }

  @Test
  void editingTheCalendarOfAContractChangesTheContract() {
    CoverageCalendar shorter = new CoverageCalendar("24x7", UTC,
        List.of(WeeklyInterval.allDay(List.of(DayOfWeek.MONDAY))), null, null, null);

    assertThat(ContractChange.between(policy(List.of(allDay), a), policy(List.of(shorter), a)))
        .containsExactly(new ContractChange(Kind.UPDATED, "northwind", "a", a));
  }

  @Test
  void anUnrelatedEditChangesNoContract() {
    TenantPolicy before = policy(List.of(allDay), a);

    assertThat(ContractChange.between(before, before.withProducts(List.of(
        new Product("shop", "Shop", List.of(), List.of()))))).isEmpty();
  }

  private TenantPolicy policy(List<CoverageCalendar> calendars, Contract... contracts) {
    return new TenantPolicy(acme, calendars, List.of(), List.of(northwind), List.of(contracts));
  }

  private static Contract contract(String id, LocalDate to) {
    return new Contract(id, "northwind", LocalDate.of(2026, 1, 1), to, null, null, Plans.plan().build());
  }
}
