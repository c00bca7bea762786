package io.supportflow.intake.domain.incident;

/**
 * A tenant's rules that open incidents by themselves, each off (null) unless the tenant set it:
 * {@link ProductSurge} (N cases of its customers on one product within M minutes) and
 * {@link AlertRefiring} (one alert firing N times within M minutes). Linking a new case of an alert
 * whose fingerprint an open incident already holds needs no setting: it is always done.
 */
public record IncidentRules(ProductSurge productSurge, AlertRefiring alertRefiring) {

  public static IncidentRules none() {
    return new IncidentRules(null, null);
  }
}
