package io.supportflow.notification.application;

import io.supportflow.notification.domain.CaseOccurrence;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The events of each of these cases that holds any, in the order they arrived; a store may read them at once. */
  default Map<String, List<CaseOccurrence>> ofAll(Collection<String> caseIds) {
    Map<String, List<CaseOccurrence>> found = new LinkedHashMap<>();
    caseIds.forEach(id -> {
      List<CaseOccurrence> held = of(id);
      if (!held.isEmpty()) {
        found.put(id, held);
      }
    });
    return found;
  }
}
