package io.supportflow.contracts.domain;

/** The customer a request came from (null: unknown), the contact if the reporter is a listed one, and how we know. */
public record Identification(Customer customer, Contact contact, IdentifiedBy by) {

  public enum IdentifiedBy { CUSTOMER_HINT, CONTACT_EMAIL, EMAIL_DOMAIN, PHONE, NONE }

  public static Identification unknown() {
    return new Identification(null, null, IdentifiedBy.NONE);
  }
}
