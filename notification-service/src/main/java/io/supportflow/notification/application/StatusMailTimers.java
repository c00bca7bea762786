package io.supportflow.notification.application;

import io.supportflow.notification.domain.NotifiedCase;
import java.time.Instant;

/** Durable wake-ups for a case's status mails, on the case's partition. */
public interface StatusMailTimers {

  /** Scheduling the same instant twice is harmless. */
  void wakeAt(NotifiedCase notifiedCase, Instant at);

  void cancel(String caseId);
}
