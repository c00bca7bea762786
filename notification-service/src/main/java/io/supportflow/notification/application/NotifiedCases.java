package io.supportflow.notification.application;

import io.supportflow.notification.domain.NotifiedCase;
import java.util.Optional;

/** The cases notification-service has heard of, by case id. */
public interface NotifiedCases {

  Optional<NotifiedCase> find(String caseId);

  /** Keeps the case as it now stands (insert or replace). */
  void save(NotifiedCase notifiedCase);
}
