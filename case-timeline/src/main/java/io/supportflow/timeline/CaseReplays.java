package io.supportflow.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The mechanics every replaying service shares around its own domain replay: one replay of a case
 * at a time (the Kafka thread and the timer thread may both wake it), and each output published
 * once per id. Plain Java, for the services' application layer.
 */
public final class CaseReplays {

  private static final int STRIPES = 64;

  private final Object[] locks = new Object[STRIPES];

  public CaseReplays() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  /** Runs the replay while no other replay of the same case runs in this instance. */
  public void exclusively(String caseId, Runnable replay) {
    synchronized (locks[Math.floorMod(caseId.hashCode(), STRIPES)]) {
      replay.run();
    }
  }

  /**
   * Publishes the outputs whose id is not among the published ones, in order, and returns their
   * ids for the caller to record after publishing (a crash in between publishes the same ids again,
   * which consumers ignore).
   */
  public static <T> List<String> publishUnpublished(Collection<T> outputs, Function<T, String> id,
      Set<String> published, Consumer<T> publish) {
    List<String> fresh = new ArrayList<>();
    for (T output : outputs) {
      String outputId = id.apply(output);
      if (!published.contains(outputId)) {
        publish.accept(output);
        fresh.add(outputId);
      }
    }
    return fresh;
  }
}
