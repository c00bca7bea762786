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
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(4);
    for (int t = 0; t < 4; t++) {
      Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 2_000; i++) {
          locks.exclusively("case-1", () -> {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            inside.decrementAndGet();
          });
        }
        done.countDown();
      });
    }

    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(mostInside.get()).isEqualTo(1);
  }

  @Test
  void pollsHoldingManyCasesAndSingleReplaysNeverDeadlockNorOverlapOnACase() throws InterruptedException {
    CaseLocks locks = new CaseLocks();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(4);
    for (int t = 0; t < 4; t++) {
      int thread = t;
      Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 2_000; i++) {
          // Polls name their cases in different orders; every one of them holds case-1.
          List<String> poll = thread % 2 == 0 ? List.of("case-1", "case-" + i, "case-" + (i * 7))
              : List.of("case-" + (i * 13), "case-" + i, "case-1");
          Runnable replay = () -> {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            inside.decrementAndGet();
          };
          if (thread == 3) {
            locks.exclusively("case-1", replay);
          } else {
            locks.exclusively(poll, replay);
          }
        }
        done.countDown();
      });
    }

    assertThat(done.await(30, TimeUnit.SECONDS)).as("no deadlock").isTrue();
    assertThat(mostInside.get()).isEqualTo(1);
  }
}
