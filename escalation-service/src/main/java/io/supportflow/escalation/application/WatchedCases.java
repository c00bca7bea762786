package io.supportflow.escalation.application;

/** The cases under watch, one per case id. */
public interface WatchedCases {

  /** Stores the record unless the case is watched already, in which case nothing changes. */
  void watchOnce(WatchRecord record);
}
