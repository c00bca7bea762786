package io.supportflow.contracts.domain;

import java.time.ZoneId;
import java.util.List;

/**
 * The vendor running its desk: name, home zone, the roster of people behind the roles its
 * escalation matrices name, and the status-mail cadence per priority.
 */
public record Tenant(
    String tenantId,
    String name,
    ZoneId zone,
    List<RosterEntry> roster,
    List<EscalationMatrix> escalationMatrices,
    List<StatusMailCadence> statusMails) {

  public Tenant {
    Checks.id("tenantId", tenantId);
    name = Checks.text("name", name, Checks.NAME);
    Checks.required("zone", zone);
    roster = Checks.list("roster", roster, 100);
    Checks.unique("roster", roster, RosterEntry::role);
    escalationMatrices = Checks.list("escalationMatrices", escalationMatrices, 20);
    Checks.unique("escalationMatrices", escalationMatrices, EscalationMatrix::matrixId);
    statusMails = Checks.list("statusMails", statusMails, 4);
    Checks.unique("statusMails", statusMails, s -> s.priority().name());
  }

  public Tenant withId(String id) {
    return new Tenant(id, name, zone, roster, escalationMatrices, statusMails);
  }
}
