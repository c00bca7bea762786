package io.supportflow.intake.application.incidents;

import io.supportflow.intake.domain.incident.IncidentRules;

/** Each tenant's incident rules; a tenant that set none has {@link IncidentRules#none()}. */
public interface IncidentRuleSettings {

  IncidentRules rules(String tenantId);

  void save(String tenantId, IncidentRules rules);
}
