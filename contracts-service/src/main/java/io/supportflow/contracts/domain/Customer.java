package io.supportflow.contracts.domain;

import java.util.List;

/**
 * An organisation that buys support from the tenant, recognised by its portal accounts, alert
 * sources, contacts and e-mail domains.
 */
public record Customer(
    String customerId,
    String name,
    List<String> emailDomains,
    List<Contact> contacts,
    List<String> portalAccounts,
    List<String> alertSources,
    String language) {

  public Customer {
    Checks.id("customerId", customerId);
    name = Checks.text("name", name, Checks.NAME);
    emailDomains = Checks.list("emailDomains", emailDomains, 20).stream()
        .map(d -> Checks.domain("emailDomains", d)).toList();
    contacts = Checks.list("contacts", contacts, 200);
    Checks.unique("contacts", contacts, Contact::email);
    portalAccounts = Checks.list("portalAccounts", portalAccounts, 50).stream()
        .map(a -> Checks.text("portalAccounts", a, 100)).toList();
    alertSources = Checks.list("alertSources", alertSources, 50).stream()
        .map(a -> Checks.text("alertSources", a, 200)).toList();
    language = Checks.language("language", language);
  }

  /** Only a name and domains, for customers known by their mail domain alone. */
  public static Customer ofDomains(String customerId, String name, List<String> emailDomains) {
    return new Customer(customerId, name, emailDomains, List.of(), List.of(), List.of(), null);
  }
}
