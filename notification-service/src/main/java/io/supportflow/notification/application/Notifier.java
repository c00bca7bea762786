package io.supportflow.notification.application;

import io.supportflow.notification.domain.OutgoingMail;

/** Delivers a mail. Throws when the mail server does not take it, so the delivery is retried. */
public interface Notifier {

  void send(OutgoingMail mail);
}
