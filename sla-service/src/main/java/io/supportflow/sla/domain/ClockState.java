package io.supportflow.sla.domain;

/** Where a reaction clock stands. */
public enum ClockState {
  /** Counting towards its deadline. */
  RUNNING,
  /** Stopped while the case is on hold; resumes where it stopped. */
  PAUSED,
  /** The satisfying activity came in time. */
  MET,
  /** The deadline passed first; it stays breached even when the activity comes later. */
  BREACHED,
  /**
   * The case was resolved, its new priority has no such target, or a re-decision no longer
   * entitles it (a breach before that still counts in the compliance tally).
   */
  STOPPED
}
