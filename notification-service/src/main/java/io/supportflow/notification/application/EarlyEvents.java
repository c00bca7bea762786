package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseOccurrence;
import java.util.List;

/**
 * Activities and SLA alerts of cases whose decision has not arrived yet (it travels on another
 * topic), kept until it does, in the order they arrived.
 */
public interface EarlyEvents {

  /**
   * Keeps the event; the same event again is kept once. False, and nothing kept, when the case
   * already holds {@code limit} other events.
   */
  boolean park(CaseOccurrence event, int limit);

  /** The case's events in the order they arrived. */
  List<CaseOccurrence> of(String caseId);

  void clear(String caseId);
}
