package io.supportflow.contracts.domain;

import java.util.List;

/**
 * The snapshot of the terms a case is worked under, carried on the decision so that no other
 * service ever asks contracts-service: the calendar with its holidays as dates, the targets, the
 * priorities that run round the clock once worked on (from the plan), the escalation levels with
 * the people behind their roles, the status-mail cadence and the tenant's two desk rules.
 */
public record EntitledTerms(
    String planName,
    String tier,
    CoverageCalendar calendar,
    List<ReactionTarget> targets,
    List<Priority> aroundTheClockOnceWorking,
    String escalationMatrixId,
    List<EscalationLevel> escalationLevels,
    List<RosterEntry> roster,
    List<StatusMailCadence> statusMails,
    boolean raiseOnBreach,
    boolean statusMailsWhileOnHold) {

  public EntitledTerms {
    targets = targets == null ? List.of() : List.copyOf(targets);
    // A decision stored before the field existed reads it as null: nothing runs round the clock.
    aroundTheClockOnceWorking = aroundTheClockOnceWorking == null ? List.of() : List.copyOf(aroundTheClockOnceWorking);
    escalationLevels = escalationLevels == null ? List.of() : List.copyOf(escalationLevels);
    roster = roster == null ? List.of() : List.copyOf(roster);
    statusMails = statusMails == null ? List.of() : List.copyOf(statusMails);
  }
}
