package io.supportflow.intake.application;

/** Announces a received request to the rest of the platform; throws when it could not. */
public interface RequestPublisher {

  void announce(OpenedCase opened);
}
