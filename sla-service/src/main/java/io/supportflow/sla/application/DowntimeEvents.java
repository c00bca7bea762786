package io.supportflow.sla.application;

/** Announces a resolved case's downtime; throws when it could not, so it is announced again later. */
public interface DowntimeEvents {

  void publish(TrackedCase trackedCase, MeasuredDowntime downtime);
}
