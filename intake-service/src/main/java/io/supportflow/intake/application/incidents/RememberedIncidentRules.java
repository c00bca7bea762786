package io.supportflow.intake.application.incidents;

import io.supportflow.intake.domain.incident.IncidentRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants' incident rules as last read, for a short while: the rules are asked on every decided
 * case and every alert, and change a few times a year. A save through this instance is seen at
 * once, one through another instance within {@code freshFor} (the rules API documents the delay).
 */
public final class RememberedIncidentRules implements IncidentRuleSettings {

  private record Remembered(IncidentRules rules, Instant readAt) {}

  private final IncidentRuleSettings stored;
  private final Duration freshFor;
  private final Clock clock;
  private final Map<String, Remembered> byTenant = new ConcurrentHashMap<>();

  public RememberedIncidentRules(IncidentRuleSettings stored, Duration freshFor, Clock clock) {
    this.stored = stored;
    this.freshFor = freshFor;
    this.clock = clock;
  }

  @Override
  public IncidentRules rules(String tenantId) {
    Instant now = clock.instant();
    Remembered remembered = byTenant.get(tenantId);
    if (remembered == null || !now.isBefore(remembered.readAt().plus(freshFor))) {
      remembered = new Remembered(stored.rules(tenantId), now);
      byTenant.put(tenantId, remembered);
    }
    return remembered.rules();
  }

  @Override
  public void save(String tenantId, IncidentRules rules) {
    stored.save(tenantId, rules);
    byTenant.remove(tenantId);
  }
}
