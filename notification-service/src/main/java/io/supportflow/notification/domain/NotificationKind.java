package io.supportflow.notification.domain;

/**
 * Which mail a notification is; the same names as the NotificationAttempted event's kinds.
 * INCIDENT_UPDATE: an update of a major incident the case is linked to ({@link IncidentMail}).
 */
public enum NotificationKind {
  ACKNOWLEDGEMENT, STATUS_UPDATE, ESCALATION, SLA_WARNING, SLA_BREACH, RESOLUTION, CLOSURE, INCIDENT_UPDATE
}
