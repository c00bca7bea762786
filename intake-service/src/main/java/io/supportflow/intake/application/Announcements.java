package io.supportflow.intake.application;

/**
 * Where a request leaves the case it stored, to be announced at once or soon after. The case is
 * stored with its announcement pending, so what is never announced this way (the process died, Kafka
 * was away) the relay announces ({@link AnnouncePending}).
 */
@FunctionalInterface
public interface Announcements {

  void announce(OpenedCase opened);
}
