package io.supportflow.contracts.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds the customer behind a request, most specific first: the account or alert source the
 * channel vouches for (customerHint), the reporter's address as a listed contact, the address's
 * domain, then the reporter's phone number as a listed contact's.
 */
public final class CustomerIdentification {

  public Identification identify(TenantPolicy policy, String customerHint, String email, String phone) {
    if (customerHint != null && !customerHint.isBlank()) {
      String hint = customerHint.strip();
      Optional<Customer> byHint = policy.customers().stream()
          .filter(c -> c.portalAccounts().stream().anyMatch(hint::equalsIgnoreCase)
              || c.alertSources().stream().anyMatch(hint::equalsIgnoreCase))
          .findFirst();
      if (byHint.isPresent()) {
        return new Identification(byHint.get(), contactByEmail(byHint.get(), email), Identification.IdentifiedBy.CUSTOMER_HINT);
      }
    }
    String address = email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    if (address != null) {
      for (Customer customer : policy.customers()) {
        Contact contact = contactByEmail(customer, address);
        if (contact != null) {
          return new Identification(customer, contact, Identification.IdentifiedBy.CONTACT_EMAIL);
        }
      }
      int at = address.lastIndexOf('@');
      String domain = at < 0 ? "" : address.substring(at + 1);
      Optional<Customer> byDomain = policy.customers().stream()
          .filter(c -> c.emailDomains().contains(domain)).findFirst();
      if (byDomain.isPresent()) {
        return new Identification(byDomain.get(), null, Identification.IdentifiedBy.EMAIL_DOMAIN);
      }
    }
    String number = normalisedPhone(phone);
    if (number != null) {
      for (Customer customer : policy.customers()) {
        Optional<Contact> contact = customer.contacts().stream().filter(c -> number.equals(c.phone())).findFirst();
        if (contact.isPresent()) {
          return new Identification(customer, contact.get(), Identification.IdentifiedBy.PHONE);
        }
      }
    }
    return Identification.unknown();
  }

  private static Contact contactByEmail(Customer customer, String email) {
    if (email == null) {
      return null;
    }
    String address = email.strip().toLowerCase(Locale.ROOT);
    return customer.contacts().stream().filter(c -> c.email().equals(address)).findFirst().orElse(null);
  }

  /** "+31 (0)20 555-0100" and "0031 20 5550100" both read as +31205550100; a local number stays unmatched. */
  static String normalisedPhone(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replace("(0)", "").replaceAll("[\\s().\\-/]", "");
    if (digits.startsWith("00")) {
      digits = "+" + digits.substring(2);
    }
    return digits.matches("\\+[1-9][0-9]{6,14}") ? digits : null;
  }
}
