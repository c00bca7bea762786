package io.supportflow.intake.application.incidents;

import io.supportflow.intake.application.Remembered;
import io.supportflow.intake.domain.incident.IncidentRules;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The tenants' incident rules as last read, for a short while: the rules are asked on every decided
 * case and every alert, and change a few times a year. A save through this instance is seen at
 * once, one through another instance within {@code freshFor} (the rules API documents the delay).
 */
public final class RememberedIncidentRules implements IncidentRuleSettings {

  private final IncidentRuleSettings stored;
  private final Remembered<String, IncidentRules> byTenant;

  public RememberedIncidentRules(IncidentRuleSettings stored, Duration freshFor, Clock clock) {
    this.stored = stored;
    this.byTenant = new Remembered<>(freshFor, clock);
  }

  @Override
  public IncidentRules rules(String tenantId) {
    return byTenant.get(tenantId, t -> Optional.of(stored.rules(t))).orElseThrow();
  }

  @Override
  public void save(String tenantId, IncidentRules rules) {
    stored.save(tenantId, rules);
    byTenant.forget(tenantId);
  }
}
