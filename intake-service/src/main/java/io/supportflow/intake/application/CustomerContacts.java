package io.supportflow.intake.application;

import java.util.List;
import java.util.Optional;

/**
 * The contacts of each customer of a tenant, by exact address, as the tenant registered them in
 * intake (contracts-service keeps the customers' policy; intake keeps only who may write). Read
 * locally: deciding who may write to a case never waits on another service.
 */
public interface CustomerContacts {

  /** The customer whose contact list holds this address (lower case), if any. */
  Optional<String> customerOf(String tenantId, String address);

  /** Replaces the customer's contact list; an address moves to this customer if another had it. */
  void saveCustomerContacts(String tenantId, String customerId, List<String> addresses);
}
