package io.supportflow.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CaseLocksAndPublicationTest {

  @Test
  void onlyWhatIsNotYetPublishedIsPublishedInOrderAndItsIdsReturned() {
    List<String> sent = new ArrayList<>();

    List<String> fresh = Publication.publishUnpublished(
        List.of("a", "b", "c", "d").stream().map(s -> new Publication("id-" + s, () -> sent.add(s))).toList(),
        Set.of("id-b", "id-d"));

    assertThat(sent).containsExactly("a", "c");
    assertThat(fresh).containsExactly("id-a", "id-c");
  }

  @Test
  void twoReplaysOfOneCaseNeverOverlap() throws InterruptedException {
    CaseLocks locks = new CaseLocks();

    assertThat(mostAtOnce((thread, i, replay) -> locks.exclusively("case-1", replay))).isEqualTo(1);
  }

  @Test
  void pollsHoldingManyCasesAndSingleReplaysNeverDeadlockNorOverlapOnACase() throws InterruptedException {
    CaseLocks locks = new CaseLocks();

    // Polls name their cases in different orders; every one of them holds case-1, as the timer does.
    assertThat(mostAtOnce((thread, i, replay) -> {
      switch (thread) {
        case 3 -> locks.exclusively("case-1", replay);
        case 0, 1 -> locks.exclusively(List.of("case-1", "case-" + i, "case-" + (i * 7)), replay);
        default -> locks.exclusively(List.of("case-" + (i * 13), "case-" + i, "case-1"), replay);
      }
    })).isEqualTo(1);
  }

  /** What a thread does on its i-th round to run the replay of case-1. */
  @FunctionalInterface
  private interface Round {
    void run(int thread, int i, Runnable replay);
  }

  /** Four threads run 2,000 rounds each; how many replays of case-1 ran at once, at most. */
  private static int mostAtOnce(Round round) throws InterruptedException {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    Runnable replay = () -> {
      mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
      inside.decrementAndGet();
    };
    CountDownLatch done = new CountDownLatch(4);
    for (int t = 0; t < 4; t++) {
      int thread = t;
      Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 2_000; i++) {
          round.run(thread, i, replay);
        }
        done.countDown();
      });
    }
    assertThat(done.await(30, TimeUnit.SECONDS)).as("every round done: no deadlock").isTrue();
    return mostInside.get();
  }
}
