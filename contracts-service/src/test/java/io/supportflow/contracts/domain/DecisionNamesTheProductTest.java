package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Whatever the rule that decides, the decision names the product of the tenant's catalogue the
 * request is about (stated, or read from its text), or none: intake's surge rule groups cases by it.
 */
class DecisionNamesTheProductTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Instant RECEIVED = Instant.parse("2026-06-03T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 3);

  private final EntitlementPolicy policy = new EntitlementPolicy((region, year) -> Set.of());
  private final Contact admin = new Contact("Olivia Ops", "ops@northwind.example", null, ContactRole.ADMINISTRATOR, "en");
  private final Customer northwind = new Customer("northwind", "Northwind Traders", List.of("northwind.example"),
      List.of(admin), List.of(), List.of(), "en");
  private final Product shop = new Product("shop", "Shop", List.of(new VersionLine("2.3", LocalDate.of(2024, 3, 1), null)),
      List.of());
  private final TenantPolicy tenant = new TenantPolicy(Tenant.named("acme", "ACME", AMSTERDAM),
      List.of(CoverageCalendar.twentyFourSeven(AMSTERDAM)), List.of(shop), List.of(northwind),
      List.of(new Contract("c-1", "northwind", TODAY.minusYears(1), TODAY.plusYears(1), null, null,
          Plans.plan().build())));
  private final Identification byAdmin = new Identification(northwind, admin, Identification.IdentifiedBy.CONTACT_EMAIL);

  @Test
  void aProductStatedByItsIdOrNameOrReadFromTheSubjectIsNamed() {
    EntitlementDecision stated = policy.decide(tenant, byAdmin, facts("shop", null, null));
    EntitlementDecision byName = policy.decide(tenant, byAdmin, facts("SHOP", null, null));
    EntitlementDecision read = policy.decide(tenant, byAdmin, facts(null, "Checkout in Shop fails", "Since 09:00."));

    assertThat(List.of(stated, byName, read)).allSatisfy(d -> {
      assertThat(d.outcome()).isEqualTo(EntitlementOutcome.ENTITLED);
      assertThat(d.productId()).isEqualTo("shop");
      assertThat(d.productName()).isEqualTo("Shop");
    });
  }

  @Test
  void noProductOrOneOutsideTheCatalogueNamesNoneAndAStrangersRequestStillNamesIt() {
    assertThat(policy.decide(tenant, byAdmin, facts(null, "Invoices are wrong", "VAT is off.")).productId()).isNull();
    assertThat(policy.decide(tenant, byAdmin, facts("Webstore", null, null)).productId()).isNull();
    Identification stranger = new Identification(null, null, Identification.IdentifiedBy.NONE);
    EntitlementDecision unknown = policy.decide(tenant, stranger, facts(null, "Shop is down", null));
    assertThat(unknown.reasonCode()).isEqualTo(EntitlementPolicy.UNKNOWN_CUSTOMER);
    assertThat(unknown.productId()).isEqualTo("shop");
  }

  private static RequestFacts facts(String product, String subject, String text) {
    return new RequestFacts(Channel.PORTAL, Priority.P2, null, null, product, null, RECEIVED, subject, text);
  }
}
