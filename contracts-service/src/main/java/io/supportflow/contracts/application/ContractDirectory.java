package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.Customer;
import java.time.Instant;
import java.util.Optional;

/** Where customers and their contracts are looked up. */
public interface ContractDirectory {

  Optional<Customer> customerByEmailDomain(String tenantId, String emailDomain);

  /** The contract of the customer that best applies at the instant: running, else latest ended. */
  Optional<Contract> contractFor(String tenantId, String customerId, Instant at);
}
