package io.supportflow.contracts.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** An organisation that buys support from the tenant, recognised by its e-mail domains. */
public record Customer(String customerId, String tenantId, String name, Set<String> emailDomains) {

  public Customer {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(name, "name");
    emailDomains =
        emailDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
