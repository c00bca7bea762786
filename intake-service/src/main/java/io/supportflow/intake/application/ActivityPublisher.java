package io.supportflow.intake.application;

/** Announces case activity to the platform; throws when it could not. */
public interface ActivityPublisher {

  void announce(ActivityOnCase activity);
}
