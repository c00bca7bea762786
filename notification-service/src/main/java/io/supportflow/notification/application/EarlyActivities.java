package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseEvent;
import java.util.List;

/**
 * Activities on cases whose decision has not arrived yet (it travels on another topic), kept until
 * it does, in the order they arrived.
 */
public interface EarlyActivities {

  /**
   * Keeps the activity; the same event again is kept once. False, and nothing kept, when the case
   * already holds {@code limit} other activities.
   */
  boolean park(CaseEvent activity, int limit);

  /** The case's activities in the order they arrived. */
  List<CaseEvent> of(String caseId);

  void clear(String caseId);
}
