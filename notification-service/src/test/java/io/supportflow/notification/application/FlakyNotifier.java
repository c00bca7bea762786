package io.supportflow.notification.application;

import io.supportflow.notification.domain.OutgoingMail;
import java.util.ArrayList;
import java.util.List;

/** A mail server that refuses the next failuresLeft mails with the given reason, then takes them. */
final class FlakyNotifier implements Notifier {

  final List<OutgoingMail> sent = new ArrayList<>();
  int failuresLeft;
  private final String refusal;

  FlakyNotifier(String refusal) {
    this.refusal = refusal;
  }

  @Override
  public void send(OutgoingMail mail) {
    if (failuresLeft-- > 0) {
      throw new IllegalStateException(refusal);
    }
    sent.add(mail);
  }
}
