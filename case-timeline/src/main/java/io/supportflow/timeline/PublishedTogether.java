package io.supportflow.timeline;

/**
 * How the outputs of a poll's replays (or a timer's) are published: sent back to back and
 * confirmed together before their ids are recorded as published, so an id is never recorded for an
 * output the broker did not take. The observability module's {@code ConfirmedSends} supplies it.
 */
@FunctionalInterface
public interface PublishedTogether {

  /** Each publication confirms itself as it is made. */
  PublishedTogether EACH_ALONE = Runnable::run;

  /** Runs the publishing; returns once all it published was confirmed, and throws if any was refused. */
  void confirmAll(Runnable publishing);
}
