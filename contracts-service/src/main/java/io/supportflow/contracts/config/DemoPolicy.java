package io.supportflow.contracts.config;

import io.supportflow.contracts.application.PresetCatalog;
import io.supportflow.contracts.domain.Contact;
import io.supportflow.contracts.domain.ContactRole;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.Preset;
import io.supportflow.contracts.domain.Product;
import io.supportflow.contracts.domain.RosterEntry;
import io.supportflow.contracts.domain.ScopeClassifier;
import io.supportflow.contracts.domain.SupportPlan;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantPolicy;
import io.supportflow.contracts.domain.VersionLine;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo tenant's policy, built from the presets, with a customer for each kind of decision:
 * Northwind (infra-24x7, entitled with 15 clock minutes for P1), Initech (expired), Contoso (Team
 * tier, with an end user), Fabrikam (free tier), Tailspin (without a maintenance plan: one case),
 * Wingtip (maintenance bought late: quoted), Litware (Enterprise: phone for P1 only). The tenant
 * raises escalations on a breach, keeps status mails quiet on hold, classifies free text with the
 * infra-24x7 keywords and lets what they cannot classify pass. Dates count from today, so
 * the demo stays current.
 */
public final class DemoPolicy {

  private DemoPolicy() {}

  public static TenantPolicy build(PresetCatalog presets, String tenantId, LocalDate today) {
    Preset infra = preset(presets, "infra-24x7");
    Preset carrier = preset(presets, "carrier-grade");
    Preset tiered = preset(presets, "tiered-business-hours");
    Preset plans = preset(presets, "maintenance-plans");
    Preset annual = preset(presets, "annual-maintenance");

    Tenant tenant = new Tenant(tenantId, "ACME Support (demo)", ZoneId.of("Europe/Amsterdam"),
        List.of(
            new RosterEntry("Technical Support Manager", "Tess Lead", "tess.lead@acme.example"),
            new RosterEntry("Customer Relations Manager", "Carl Relations", "carl.relations@acme.example"),
            new RosterEntry("CTO", "Cleo Tech", "cto@acme.example")),
        carrier.escalationMatrices(), infra.statusMails(),
        // The managers hear of a missed time limit at once (the carrier-grade promise); status mails
        // pause on hold, because then the desk is waiting for the customer. The infra-24x7 keywords
        // classify free text; one they cannot classify is looked at rather than refused.
        true, false, false, new ScopeClassifier(true, infra.classifier().categories()));

    Map<String, CoverageCalendar> calendars = new LinkedHashMap<>();
    for (Preset p : List.of(infra, carrier, tiered, plans, annual)) {
      p.calendars().forEach(c -> calendars.putIfAbsent(c.calendarId(), c));
    }

    Product shop = new Product("shop", "Shop",
        List.of(
            new VersionLine("2.2", today.minusYears(4), null),
            new VersionLine("2.3", today.minusYears(3), null),
            new VersionLine("2.4", today.minusYears(1), null)),
        List.of("2.3.1-northwind"));

    List<Customer> customers = new ArrayList<>();
    List<Contract> contracts = new ArrayList<>();
    customers.add(new Customer("northwind", "Northwind Traders", List.of("northwind.example"),
        List.of(new Contact("Olivia Ops", "ops@northwind.example", "+31205550100", ContactRole.ADMINISTRATOR, "en")),
        List.of("northwind"), List.of("northwind-monitoring"), "en"));
    contracts.add(contract("northwind-infra-24x7", "northwind", today.minusMonths(1), today.plusYears(1),
        plan(infra, null).withEscalationMatrix("carrier-grade")));

    customers.add(customer("initech", "Initech", "admin", ContactRole.ADMINISTRATOR));
    contracts.add(contract("initech-annual", "initech", today.minusYears(1).minusMonths(1), today.minusMonths(1),
        plan(annual, null)));

    customers.add(new Customer("contoso", "Contoso", List.of("contoso.example"),
        List.of(
            new Contact("Ada Admin", "admin@contoso.example", null, ContactRole.ADMINISTRATOR, "nl"),
            new Contact("Eddie User", "user@contoso.example", null, ContactRole.END_USER, "nl")),
        List.of(), List.of(), "nl"));
    contracts.add(contract("contoso-team", "contoso", today.minusMonths(2), today.plusMonths(10), plan(tiered, "Team")));

    customers.add(customer("fabrikam", "Fabrikam", "admin", ContactRole.ADMINISTRATOR));
    contracts.add(contract("fabrikam-free", "fabrikam", today.minusMonths(2), today.plusMonths(10), plan(tiered, "Free")));

    customers.add(customer("tailspin", "Tailspin Toys", "admin", ContactRole.ADMINISTRATOR));
    contracts.add(contract("tailspin-no-plan", "tailspin", today.minusDays(10), today.plusYears(1),
        plan(plans, "without-plan")));

    customers.add(customer("wingtip", "Wingtip Toys", "admin", ContactRole.ADMINISTRATOR));
    contracts.add(new Contract("wingtip-annual", "wingtip", today.minusDays(14), today.plusYears(1).minusDays(14),
        today.minusYears(1), today.minusDays(14), plan(annual, null)));

    customers.add(new Customer("litware", "Litware", List.of("litware.example"),
        List.of(new Contact("Lena Admin", "admin@litware.example", "+31205550199", ContactRole.ADMINISTRATOR, "en")),
        List.of(), List.of(), "en"));
    contracts.add(contract("litware-enterprise", "litware", today.minusMonths(3), today.plusMonths(9),
        plan(tiered, "Enterprise")));

    return new TenantPolicy(tenant, List.copyOf(calendars.values()), List.of(shop), customers, contracts);
  }

  private static Customer customer(String id, String name, String mailbox, ContactRole role) {
    String domain = id + ".example";
    return new Customer(id, name, List.of(domain),
        List.of(new Contact(name + " " + mailbox, mailbox + "@" + domain, null, role, "en")),
        List.of(), List.of(), "en");
  }

  /** A contract with the plan applied, so a plan with a fixed term sets the end. */
  private static Contract contract(String id, String customerId, LocalDate from, LocalDate to, SupportPlan plan) {
    return new Contract(id, customerId, from, to, null, null, plan).withPlan(plan);
  }

  private static SupportPlan plan(Preset preset, String tier) {
    return preset.plan(tier).orElseThrow(() -> new IllegalStateException(preset.name() + " has no tier " + tier));
  }

  private static Preset preset(PresetCatalog presets, String name) {
    return presets.byName(name).orElseThrow(() -> new IllegalStateException("no preset " + name));
  }
}
