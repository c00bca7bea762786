package io.supportflow.timeline;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One replay of a case at a time in this instance: the Kafka threads and the timer thread may
 * all wake it. A poll's cases are held together, their stripes taken in ascending order, so two
 * polls never wait on each other's stripes.
 */
final class CaseLocks {

  private static final int STRIPES = 64;

  private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

  CaseLocks() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  void exclusively(String caseId, Runnable replay) {
    exclusively(List.of(caseId), replay);
  }

  void exclusively(Collection<String> caseIds, Runnable replay) {
    int[] stripes = caseIds.stream().mapToInt(id -> Math.floorMod(id.hashCode(), STRIPES)).distinct().sorted()
        .toArray();
    for (int stripe : stripes) {
      locks[stripe].lock();
    }
    try {
      replay.run();
    } finally {
      for (int i = stripes.length - 1; i >= 0; i--) {
        locks[stripes[i]].unlock();
      }
    }
  }
}
