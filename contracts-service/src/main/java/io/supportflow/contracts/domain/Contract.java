package io.supportflow.contracts.domain;

import java.time.LocalDate;

/**
 * A plan bought by a customer for a period (both days inclusive, in the plan calendar's zone).
 * purchasedOn is when the software was bought; maintenanceStartsOn, when maintenance was bought
 * later than that (a late purchase), is when it began.
 */
public record Contract(
    String contractId,
    String customerId,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate purchasedOn,
    LocalDate maintenanceStartsOn,
    SupportPlan plan) {

  public Contract {
    Checks.id("contractId", contractId);
    Checks.id("customerId", customerId);
    Checks.required("startsOn", startsOn);
    Checks.required("endsOn", endsOn);
    Checks.required("plan", plan);
    if (endsOn.isBefore(startsOn)) {
      throw new PolicyViolation("endsOn", "the contract ends before it starts (" + startsOn + ")");
    }
    if (purchasedOn != null && maintenanceStartsOn != null && maintenanceStartsOn.isBefore(purchasedOn)) {
      throw new PolicyViolation("maintenanceStartsOn", "maintenance cannot start before the purchase (" + purchasedOn + ")");
    }
  }

  public boolean runsOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  /** Maintenance bought after the software itself. */
  public boolean boughtLate() {
    return purchasedOn != null && maintenanceStartsOn != null && maintenanceStartsOn.isAfter(purchasedOn);
  }

  public Contract withPlan(SupportPlan newPlan) {
    LocalDate end = newPlan.termDays() == null ? endsOn : startsOn.plusDays(newPlan.termDays() - 1L);
    return new Contract(contractId, customerId, startsOn, end, purchasedOn, maintenanceStartsOn, newPlan);
  }
}
