package io.supportflow.contracts.domain;

import java.time.ZoneId;
import java.util.List;

/**
 * The vendor running its desk: name, home zone, the roster of people behind the roles its
 * escalation matrices name, the status-mail cadence per priority, and its two desk rules. A rule
 * left out of a policy file is off.
 *
 * @param raiseOnBreach an SLA breach raises the case's next escalation level at once, instead of
 *     waiting for that level's offset
 * @param statusMailsWhileOnHold status mails keep going while a case is on hold; otherwise they
 *     pause until it resumes (the customer is the one being waited for)
 * @param requireIfMatch every edit through the admin API must name the revision it was made
 *     against (If-Match); one without is refused (428), so no admin edits blind
 * @param classifier the keywords that read a request's category from its text when the channel
 *     states none, and whether a request they cannot classify passes a limited scope (left out:
 *     no keywords, and it does not)
 */
public record Tenant(
    String tenantId,
    String name,
    ZoneId zone,
    List<RosterEntry> roster,
    List<EscalationMatrix> escalationMatrices,
    List<StatusMailCadence> statusMails,
    boolean raiseOnBreach,
    boolean statusMailsWhileOnHold,
    boolean requireIfMatch,
    ScopeClassifier classifier) {

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
    classifier = classifier == null ? ScopeClassifier.NONE : classifier;
  }

  /** A tenant with nothing but its name and zone: no roster, matrices, status mails or rules. */
  public static Tenant named(String tenantId, String name, ZoneId zone) {
    return new Tenant(tenantId, name, zone, List.of(), List.of(), List.of(), false, false, false, null);
  }

  public Tenant withId(String id) {
    return new Tenant(id, name, zone, roster, escalationMatrices, statusMails, raiseOnBreach, statusMailsWhileOnHold,
        requireIfMatch, classifier);
  }

  public Tenant withEscalationMatrices(List<EscalationMatrix> matrices) {
    return new Tenant(tenantId, name, zone, roster, matrices, statusMails, raiseOnBreach, statusMailsWhileOnHold,
        requireIfMatch, classifier);
  }

  public Tenant withClassifier(ScopeClassifier newClassifier) {
    return new Tenant(tenantId, name, zone, roster, escalationMatrices, statusMails, raiseOnBreach, statusMailsWhileOnHold,
        requireIfMatch, newClassifier);
  }

  public Tenant withStatusMails(List<StatusMailCadence> cadences) {
    return new Tenant(tenantId, name, zone, roster, escalationMatrices, cadences, raiseOnBreach, statusMailsWhileOnHold,
        requireIfMatch, classifier);
  }
}
