package io.supportflow.timeline;

/** One replay of a case at a time in this instance: the Kafka thread and the timer thread may both wake it. */
final class CaseLocks {

  private static final int STRIPES = 64;

  private final Object[] locks = new Object[STRIPES];

  CaseLocks() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  void exclusively(String caseId, Runnable replay) {
    synchronized (locks[Math.floorMod(caseId.hashCode(), STRIPES)]) {
      replay.run();
    }
  }
}
