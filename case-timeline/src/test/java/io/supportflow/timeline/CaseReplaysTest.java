package io.supportflow.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CaseReplaysTest {

  @Test
  void onlyWhatIsNotYetPublishedIsPublishedInOrderAndItsIdsReturned() {
    List<String> sent = new ArrayList<>();

    List<String> fresh = CaseReplays.publishUnpublished(List.of("a", "b", "c", "d"), s -> "id-" + s,
        Set.of("id-b", "id-d"), sent::add);

    assertThat(sent).containsExactly("a", "c");
    assertThat(fresh).containsExactly("id-a", "id-c");
  }

  @Test
  void twoReplaysOfOneCaseNeverOverlap() throws InterruptedException {
    CaseReplays replays = new CaseReplays();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(4);
    for (int t = 0; t < 4; t++) {
      Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 2_000; i++) {
          replays.exclusively("case-1", () -> {
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
}
