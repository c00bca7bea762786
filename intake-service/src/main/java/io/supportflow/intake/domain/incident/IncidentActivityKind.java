package io.supportflow.intake.domain.incident;

/** What happened to an incident, as each linked case is told of it (the IncidentActivityRecorded kinds). */
public enum IncidentActivityKind {
  LINKED, UNLINKED, UPDATE_POSTED, STATUS_CHANGED
}
