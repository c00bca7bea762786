package io.supportflow.intake.application;

import java.util.List;

/** Announces a received request to the rest of the platform; throws when it could not. */
public interface RequestPublisher {

  void announce(OpenedCase opened);

  /**
   * Announces the cases together; throws when any could not be, and then some of them may have been
   * announced: the relay announces them again, under the same event ids, which consumers ignore.
   */
  default void announceAll(List<OpenedCase> opened) {
    opened.forEach(this::announce);
  }
}
