package io.supportflow.notification.domain;

/** Which mail a notification is. Only the acknowledgement exists in this slice. */
public enum NotificationKind {
  ACKNOWLEDGEMENT
}
