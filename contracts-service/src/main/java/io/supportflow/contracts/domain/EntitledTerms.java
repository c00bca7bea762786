package io.supportflow.contracts.domain;

import java.util.List;

/**
 * The snapshot of the terms a case is worked under, carried on the decision so that no other
 * service ever asks contracts-service: the calendar with its holidays as dates, the targets, the
 * escalation levels with the people behind their roles, and the status-mail cadence.
 */
public record EntitledTerms(
    String planName,
    String tier,
    CoverageCalendar calendar,
    List<ReactionTarget> targets,
    String escalationMatrixId,
    List<EscalationLevel> escalationLevels,
    List<RosterEntry> roster,
    List<StatusMailCadence> statusMails) {

  public EntitledTerms {
    targets = targets == null ? List.of() : List.copyOf(targets);
    escalationLevels = escalationLevels == null ? List.of() : List.copyOf(escalationLevels);
    roster = roster == null ? List.of() : List.copyOf(roster);
    statusMails = statusMails == null ? List.of() : List.copyOf(statusMails);
  }
}
