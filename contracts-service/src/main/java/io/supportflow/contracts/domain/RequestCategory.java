package io.supportflow.contracts.domain;

import java.util.Locale;
import java.util.Optional;

/** What a request is about, as the reporter or the channel classified it. */
public enum RequestCategory {
  INFRASTRUCTURE, FUNCTIONAL, CONFIGURATION, QUESTION;

  /** Unknown words read as "not classified", which no scope refuses. */
  public static Optional<RequestCategory> read(String category) {
    if (category == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(category.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
