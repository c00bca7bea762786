package io.supportflow.contracts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A tenant's whole policy, the unit that is imported, exported and stored: settings, calendars,
 * products, customers and contracts. It is valid as a whole: every reference resolves, and no two
 * customers share a domain, a contact, a phone number, a portal account or an alert source, so
 * identifying a reporter is never ambiguous.
 */
public record TenantPolicy(
    Tenant tenant,
    List<CoverageCalendar> calendars,
    List<Product> products,
    List<Customer> customers,
    List<Contract> contracts) {

  static final int MAX_CUSTOMERS = 2_000;
  static final int MAX_CONTRACTS = 5_000;
  static final int MAX_CONTACTS = 20_000;

  public TenantPolicy {
    Checks.required("tenant", tenant);
    calendars = Checks.list("calendars", calendars, 50);
    products = Checks.list("products", products, 200);
    customers = Checks.list("customers", customers, MAX_CUSTOMERS);
    contracts = Checks.list("contracts", contracts, MAX_CONTRACTS);
    Checks.unique("calendars", calendars, CoverageCalendar::calendarId);
    Checks.unique("products", products, Product::productId);
    Checks.unique("customers", customers, Customer::customerId);
    Checks.unique("contracts", contracts, Contract::contractId);
    if (customers.stream().mapToInt(c -> c.contacts().size()).sum() > MAX_CONTACTS) {
      throw new PolicyViolation("customers", "must have at most " + MAX_CONTACTS + " contacts in all");
    }
    checkMatrices(tenant);
    checkIdentifiersAreUnambiguous(customers);
    for (Contract contract : contracts) {
      checkReferences(contract, tenant, calendars, customers);
    }
  }

  public static TenantPolicy empty(Tenant tenant) {
    return new TenantPolicy(tenant, List.of(), List.of(), List.of(), List.of());
  }

  public String tenantId() {
    return tenant.tenantId();
  }

  public Optional<CoverageCalendar> calendar(String calendarId) {
    return calendars.stream().filter(c -> c.calendarId().equals(calendarId)).findFirst();
  }

  public Optional<Customer> customer(String customerId) {
    return customers.stream().filter(c -> c.customerId().equals(customerId)).findFirst();
  }

  public Optional<Contract> contract(String contractId) {
    return contracts.stream().filter(c -> c.contractId().equals(contractId)).findFirst();
  }

  /** By id or by name, ignoring case: a request names its product as the reporter wrote it. */
  public Optional<Product> product(String idOrName) {
    String wanted = idOrName.strip().toLowerCase(Locale.ROOT);
    return products.stream()
        .filter(p -> p.productId().equals(wanted) || p.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  public Optional<EscalationMatrix> escalationMatrix(String matrixId) {
    return tenant.escalationMatrices().stream().filter(m -> m.matrixId().equals(matrixId)).findFirst();
  }

  /** The zone a contract's days are counted in: its plan calendar's. */
  public ZoneId zoneOf(Contract contract) {
    return calendar(contract.plan().calendarId()).map(CoverageCalendar::zone).orElse(tenant.zone());
  }

  /**
   * The contract that applies to a customer at an instant: the one running that day, else the one
   * that ended last (it explains the refusal best), else the one that starts first.
   */
  public Optional<Contract> contractFor(String customerId, Instant at) {
    List<Contract> own = contracts.stream().filter(c -> c.customerId().equals(customerId)).toList();
    Function<Contract, LocalDate> day = c -> at.atZone(zoneOf(c)).toLocalDate();
    return own.stream().filter(c -> c.runsOn(day.apply(c))).findFirst()
        .or(() -> own.stream()
            .filter(c -> c.endsOn().isBefore(day.apply(c)))
            .max(Comparator.comparing(Contract::endsOn)))
        .or(() -> own.stream().min(Comparator.comparing(Contract::startsOn)));
  }

  public TenantPolicy withTenant(Tenant newTenant) {
    return new TenantPolicy(newTenant, calendars, products, customers, contracts);
  }

  public TenantPolicy withCalendars(List<CoverageCalendar> newCalendars) {
    return new TenantPolicy(tenant, newCalendars, products, customers, contracts);
  }

  public TenantPolicy withProducts(List<Product> newProducts) {
    return new TenantPolicy(tenant, calendars, newProducts, customers, contracts);
  }

  public TenantPolicy withCustomers(List<Customer> newCustomers) {
    return new TenantPolicy(tenant, calendars, products, newCustomers, contracts);
  }

  public TenantPolicy withContracts(List<Contract> newContracts) {
    return new TenantPolicy(tenant, calendars, products, customers, newContracts);
  }

  /**
   * Puts a preset's plan (of the tier) on a contract, bringing along the calendar and escalation
   * matrix it names when the tenant has none of that id, and the preset's status-mail cadence
   * and scope keywords when the tenant has none (whether unclassified requests pass stays the
   * tenant's own say). The contract keeps its customer and start; a plan with a fixed
   * term (90 days without maintenance) sets the end.
   */
  public TenantPolicy applyPreset(Preset preset, String contractId, String tier) {
    Contract contract = contract(contractId)
        .orElseThrow(() -> new PolicyViolation("contractId", "no contract '" + contractId + "'"));
    SupportPlan plan = preset.plan(tier).orElseThrow(() -> new PolicyViolation("tier",
        "preset " + preset.name() + " has no tier '" + tier + "'; its tiers are "
            + preset.plans().stream().map(SupportPlan::tier).toList()));
    List<CoverageCalendar> newCalendars = new ArrayList<>(calendars);
    if (calendar(plan.calendarId()).isEmpty()) {
      newCalendars.add(preset.calendar(plan.calendarId()).orElseThrow());
    }
    Tenant newTenant = tenant;
    if (plan.escalationMatrixId() != null && escalationMatrix(plan.escalationMatrixId()).isEmpty()) {
      List<EscalationMatrix> matrices = new ArrayList<>(tenant.escalationMatrices());
      matrices.add(preset.escalationMatrix(plan.escalationMatrixId()).orElseThrow(() -> new PolicyViolation(
          "escalationMatrixId", "preset " + preset.name() + " does not define " + plan.escalationMatrixId())));
      newTenant = tenant.withEscalationMatrices(matrices);
    }
    if (newTenant.statusMails().isEmpty() && !preset.statusMails().isEmpty()) {
      newTenant = newTenant.withStatusMails(preset.statusMails());
    }
    if (newTenant.classifier().categories().isEmpty() && !preset.classifier().categories().isEmpty()) {
      newTenant = newTenant.withClassifier(new ScopeClassifier(
          newTenant.classifier().unclassifiedPasses(), preset.classifier().categories()));
    }
    List<Contract> newContracts = contracts.stream()
        .map(c -> c.contractId().equals(contractId) ? contract.withPlan(plan) : c)
        .toList();
    return new TenantPolicy(newTenant, newCalendars, products, customers, newContracts);
  }

  private static void checkMatrices(Tenant tenant) {
    for (EscalationMatrix matrix : tenant.escalationMatrices()) {
      for (EscalationLevel level : matrix.levels()) {
        if (tenant.roster().stream().noneMatch(r -> r.role().equals(level.role()))) {
          throw new PolicyViolation("tenant.escalationMatrices[" + matrix.matrixId() + "]",
              "role '" + level.role() + "' has nobody on the roster; add it to tenant.roster");
        }
      }
    }
  }

  private static void checkReferences(
      Contract contract, Tenant tenant, List<CoverageCalendar> calendars, List<Customer> customers) {
    String field = "contracts[" + contract.contractId() + "]";
    if (customers.stream().noneMatch(c -> c.customerId().equals(contract.customerId()))) {
      throw new PolicyViolation(field + ".customerId", "no customer '" + contract.customerId() + "'");
    }
    String calendarId = contract.plan().calendarId();
    if (calendars.stream().noneMatch(c -> c.calendarId().equals(calendarId))) {
      throw new PolicyViolation(field + ".plan.calendarId", "no calendar '" + calendarId + "'");
    }
    String matrixId = contract.plan().escalationMatrixId();
    if (matrixId != null && tenant.escalationMatrices().stream().noneMatch(m -> m.matrixId().equals(matrixId))) {
      throw new PolicyViolation(field + ".plan.escalationMatrixId", "no escalation matrix '" + matrixId + "'");
    }
  }

  private static void checkIdentifiersAreUnambiguous(List<Customer> customers) {
    Map<String, String> owners = new HashMap<>();
    for (Customer customer : customers) {
      List<String> keys = new ArrayList<>();
      customer.emailDomains().forEach(d -> keys.add("domain " + d));
      customer.contacts().forEach(c -> keys.add("contact " + c.email()));
      customer.contacts().stream().filter(c -> c.phone() != null).forEach(c -> keys.add("phone " + c.phone()));
      customer.portalAccounts().forEach(a -> keys.add("portal account " + a));
      customer.alertSources().forEach(a -> keys.add("alert source " + a));
      for (String key : keys.stream().distinct().toList()) {
        String owner = owners.putIfAbsent(key, customer.customerId());
        if (owner != null) {
          throw new PolicyViolation("customers[" + customer.customerId() + "]",
              key + " already belongs to customer '" + owner + "'");
        }
      }
    }
  }
}
