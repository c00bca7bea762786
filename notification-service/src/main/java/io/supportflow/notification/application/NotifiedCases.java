package io.supportflow.notification.application;

import io.supportflow.notification.domain.NotifiedCase;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The cases notification-service has heard of, by case id. */
public interface NotifiedCases {

  Optional<NotifiedCase> find(String caseId);

  /** Keeps the case as it now stands (insert or replace). */
  void save(NotifiedCase notifiedCase);

  /** The known ones of these cases, by case id; a store may read them at once. */
  default Map<String, NotifiedCase> findAll(Collection<String> caseIds) {
    Map<String, NotifiedCase> found = new LinkedHashMap<>();
    caseIds.forEach(id -> find(id).ifPresent(c -> found.put(id, c)));
    return found;
  }

  /** Keeps each case as it now stands; a store may write them at once. */
  default void saveAll(Collection<NotifiedCase> cases) {
    cases.forEach(this::save);
  }
}
