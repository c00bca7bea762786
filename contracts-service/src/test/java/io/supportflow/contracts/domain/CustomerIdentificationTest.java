package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.contracts.domain.Identification.IdentifiedBy;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerIdentificationTest {

  private final CustomerIdentification identification = new CustomerIdentification();
  private final Contact ops = new Contact("Olivia Ops", "ops@northwind.example", "+31205550100", ContactRole.ADMINISTRATOR, null);
  private final Contact consultant = new Contact("Carla", "carla@consulting.example", "+442071234567", ContactRole.ACCOUNT_HOLDER, null);
  private final Customer northwind = new Customer("northwind", "Northwind", List.of("northwind.example"),
      List.of(ops, consultant), List.of("nw-portal"), List.of("nw-nagios"), null);
  private final Customer contoso = Customer.ofDomains("contoso", "Contoso", List.of("contoso.example"));
  private final TenantPolicy policy = new TenantPolicy(
      Tenant.named("acme", "ACME", ZoneId.of("UTC")), List.of(), List.of(), List.of(northwind, contoso), List.of());

  @Test
  void thePortalAccountOrAlertSourceTheChannelVouchesForComesFirst() {
    assertThat(identification.identify(policy, "nw-portal", "someone@contoso.example", null))
        .isEqualTo(new Identification(northwind, null, IdentifiedBy.CUSTOMER_HINT));
    assertThat(identification.identify(policy, "NW-NAGIOS", null, null))
        .isEqualTo(new Identification(northwind, null, IdentifiedBy.CUSTOMER_HINT));
  }

  @Test
  void aListedContactIsFoundByAddressEvenOutsideTheCustomersDomains() {
    assertThat(identification.identify(policy, null, "Carla@Consulting.example", null))
        .isEqualTo(new Identification(northwind, consultant, IdentifiedBy.CONTACT_EMAIL));
  }

  @Test
  void anUnlistedAddressIsMatchedByItsDomain() {
    assertThat(identification.identify(policy, null, "new.person@contoso.example", null))
        .isEqualTo(new Identification(contoso, null, IdentifiedBy.EMAIL_DOMAIN));
  }

  @Test
  void aCallerIsFoundByTheContactsPhoneNumberWrittenAnyWay() {
    assertThat(identification.identify(policy, null, null, "0031 (0)20 555-0100"))
        .isEqualTo(new Identification(northwind, ops, IdentifiedBy.PHONE));
  }

  @Test
  void nothingKnownIsUnknown() {
    assertThat(identification.identify(policy, "stranger", "x@unknown.example", "+15555550100"))
        .isEqualTo(Identification.unknown());
  }
}
