package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.EntitlementDecision;
import io.supportflow.contracts.domain.EntitlementPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides the entitlement of one received request. Idempotent: a redelivered request returns the
 * decision already recorded, with the same event id, so downstream sees one decision per request.
 */
public final class DecideEntitlement {

  private final ContractDirectory directory;
  private final DecisionLog log;
  private final EntitlementPolicy policy;
  private final Clock clock;

  public DecideEntitlement(
      ContractDirectory directory, DecisionLog log, EntitlementPolicy policy, Clock clock) {
    this.directory = directory;
    this.log = log;
    this.policy = policy;
    this.clock = clock;
  }

  public RecordedDecision decide(SupportRequest request) {
    return log.forRequest(request.eventId()).orElseGet(() -> log.recordOnce(decideAfresh(request)));
  }

  private RecordedDecision decideAfresh(SupportRequest request) {
    Customer customer =
        emailDomain(request.reporterEmail())
            .flatMap(domain -> directory.customerByEmailDomain(request.tenantId(), domain))
            .orElse(null);
    Contract contract =
        customer == null
            ? null
            : directory
                .contractFor(request.tenantId(), customer.customerId(), request.receivedAt())
                .orElse(null);
    EntitlementDecision decision = policy.decide(customer, contract, request.receivedAt());
    return new RecordedDecision(eventIdFor(request), clock.instant(), request, decision);
  }

  // Derived from the request, so even a decision made twice by a crash carries one event id.
  private static String eventIdFor(SupportRequest request) {
    return UUID.nameUUIDFromBytes(
            ("entitlement:" + request.eventId()).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  private static Optional<String> emailDomain(String email) {
    if (email == null) {
      return Optional.empty();
    }
    int at = email.lastIndexOf('@');
    return at < 0 || at == email.length() - 1
        ? Optional.empty()
        : Optional.of(email.substring(at + 1).toLowerCase(Locale.ROOT));
  }
}
