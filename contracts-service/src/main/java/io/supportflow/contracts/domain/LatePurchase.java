package io.supportflow.contracts.domain;

/**
 * What applies when maintenance is bought after the software: requests are quoted case by case
 * for an implementation period, and upgrades wait until an embargo after maintenance started.
 */
public record LatePurchase(int implementationPeriodWeeks, int upgradeEmbargoMonths) {

  public LatePurchase {
    Checks.between("implementationPeriodWeeks", implementationPeriodWeeks, 0, 104);
    Checks.between("upgradeEmbargoMonths", upgradeEmbargoMonths, 0, 60);
  }
}
