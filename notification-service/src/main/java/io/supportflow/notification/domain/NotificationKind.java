package io.supportflow.notification.domain;

/** Which mail a notification is; the same names as the NotificationAttempted event's kinds. */
public enum NotificationKind {
  ACKNOWLEDGEMENT, STATUS_UPDATE, ESCALATION, SLA_WARNING, SLA_BREACH, RESOLUTION, CLOSURE
}
