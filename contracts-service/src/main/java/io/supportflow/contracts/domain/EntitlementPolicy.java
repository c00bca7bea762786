package io.supportflow.contracts.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Decides what a request is owed. The request is always answered: a customer without support is
 * told why and what to do, because the software keeps working and the vendor wants to quote.
 */
public final class EntitlementPolicy {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  public EntitlementDecision decide(Customer customer, Contract contract, Instant receivedAt) {
    if (customer == null) {
      return new EntitlementDecision(
          EntitlementOutcome.NOT_ENTITLED,
          "UNKNOWN_CUSTOMER",
          "We could not match your address to a customer with a support contract. We have kept your"
              + " request; please reply with your customer name or contract number, or ask us for a quote.",
          null,
          null);
    }
    if (contract == null) {
      return new EntitlementDecision(
          EntitlementOutcome.NOT_ENTITLED,
          "NO_CONTRACT",
          customer.name() + " has no support contract with us. Your software keeps working; we have"
              + " kept your request and can send you a quote for support.",
          customer,
          null);
    }
    LocalDate day = receivedAt.atZone(contract.calendar().zone()).toLocalDate();
    if (day.isBefore(contract.startsOn())) {
      return new EntitlementDecision(
          EntitlementOutcome.NOT_ENTITLED,
          "CONTRACT_NOT_STARTED",
          "Your support contract starts on " + DAY.format(contract.startsOn())
              + ". We have kept your request and will handle it from then, or sooner on a quote.",
          customer,
          contract);
    }
    if (day.isAfter(contract.endsOn())) {
      return new EntitlementDecision(
          EntitlementOutcome.NOT_ENTITLED,
          "CONTRACT_EXPIRED",
          "Your support contract ended on " + DAY.format(contract.endsOn())
              + ". Your software keeps working; we have kept your request and can send you a quote"
              + " to renew maintenance.",
          customer,
          contract);
    }
    return new EntitlementDecision(
        EntitlementOutcome.ENTITLED,
        "CONTRACT_ACTIVE",
        "Your request is covered by your " + contract.planName() + " contract, valid until "
            + DAY.format(contract.endsOn()) + ".",
        customer,
        contract);
  }
}
