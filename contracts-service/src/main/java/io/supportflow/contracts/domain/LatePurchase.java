package io.supportflow.contracts.domain;

/**
 * What applies when maintenance is bought after the software: requests are quoted case by case
 * for an implementation period, and upgrades wait until an embargo after maintenance started.
 */
public record LatePurchase(int implementationPeriodWeeks, int upgradeEmbargoMonths) {

  public LatePurchase {
    if (implementationPeriodWeeks < 0 || implementationPeriodWeeks > 104) {
      throw new PolicyViolation("implementationPeriodWeeks", "must be between 0 and 104");
    }
    if (upgradeEmbargoMonths < 0 || upgradeEmbargoMonths > 60) {
      throw new PolicyViolation("upgradeEmbargoMonths", "must be between 0 and 60");
    }
  }
}
