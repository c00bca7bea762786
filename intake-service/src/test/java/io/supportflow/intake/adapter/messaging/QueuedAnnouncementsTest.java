package io.supportflow.intake.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.supportflow.intake.application.OpenedCase;
import io.supportflow.intake.domain.CaseNumber;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SupportCase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Cases handed over by request threads, announced together by one thread, none twice, none lost silently. */
class QueuedAnnouncementsTest {

  private static final Duration DEADLINE = Duration.ofSeconds(20);
  private static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  private final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch firstBatchMayEnd = new CountDownLatch(1);

  /** Records each batch; the first one waits until the test lets it end, so the next ones gather meanwhile. */
  private final Consumer<List<OpenedCase>> announceAll = opened -> {
    boolean first = batches.isEmpty();
    assertThat(opened).allSatisfy(o -> assertThat(o.traceparent()).as("the handing request's trace").isEqualTo(TRACE));
    batches.add(opened.stream().map(o -> o.supportCase().caseId()).toList());
    if (first) {
      awaitQuietly(firstBatchMayEnd);
    }
  };

  @Test
  void casesFromManyRequestThreadsAreEachAnnouncedOnceInBatchesOfWhatGatheredMeanwhile() throws Exception {
    try (QueuedAnnouncements announcements = new QueuedAnnouncements(() -> TRACE, announceAll, 10_000, 500, DEADLINE)) {
      announcements.announce(opened("c-0"));
      await().atMost(DEADLINE).until(() -> batches.size() == 1);
      ExecutorService requests = Executors.newFixedThreadPool(8);
      IntStream.rangeClosed(1, 1_200).forEach(i -> requests.submit(() -> announcements.announce(opened("c-" + i))));
      requests.shutdown();
      assertThat(requests.awaitTermination(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
      assertThat(announcements.waiting()).isEqualTo(1_200);

      firstBatchMayEnd.countDown();

      await().atMost(DEADLINE).until(() -> batches.stream().mapToInt(List::size).sum() == 1_201);
      assertThat(batches).extracting(List::size).containsExactly(1, 500, 500, 200);
      assertThat(batches.stream().flatMap(List::stream).distinct().count()).isEqualTo(1_201);
    }
  }

  @Test
  void beyondItsCapacityACaseIsLeftToTheRelayAndTheRequestDoesNotWait() {
    try (QueuedAnnouncements announcements = new QueuedAnnouncements(() -> TRACE, announceAll, 2, 500, DEADLINE)) {
      announcements.announce(opened("in-flight"));
      await().atMost(DEADLINE).until(() -> batches.size() == 1);

      announcements.announce(opened("queued-1"));
      announcements.announce(opened("queued-2"));
      announcements.announce(opened("left-to-the-relay"));
      firstBatchMayEnd.countDown();

      await().atMost(DEADLINE).until(() -> batches.size() == 2);
      assertThat(batches).containsExactly(List.of("in-flight"), List.of("queued-1", "queued-2"));
    }
  }

  @Test
  void aBatchThatFailsDoesNotEndTheAnnouncer() {
    List<String> announced = Collections.synchronizedList(new ArrayList<>());
    Consumer<List<OpenedCase>> failingOnce = opened -> {
      if (opened.getFirst().supportCase().caseId().equals("breaks")) {
        throw new IllegalStateException("the store went away");
      }
      opened.forEach(o -> announced.add(o.supportCase().caseId()));
    };
    try (QueuedAnnouncements announcements = new QueuedAnnouncements(() -> TRACE, failingOnce, 100, 1, DEADLINE)) {
      announcements.announce(opened("breaks"));
      announcements.announce(opened("next"));

      await().atMost(DEADLINE).until(() -> announced.contains("next"));
    }
  }

  @Test
  void closingAnnouncesWhatIsQueuedAndThenTakesNoMore() {
    QueuedAnnouncements announcements = new QueuedAnnouncements(() -> TRACE, announceAll, 100, 500, DEADLINE);
    announcements.announce(opened("in-flight"));
    await().atMost(DEADLINE).until(() -> batches.size() == 1);
    announcements.announce(opened("queued"));
    firstBatchMayEnd.countDown();

    announcements.close();
    announcements.announce(opened("after-close"));

    assertThat(batches).containsExactly(List.of("in-flight"), List.of("queued"));
  }

  private static OpenedCase opened(String caseId) {
    return new OpenedCase(new SupportCase(caseId, "acme", new CaseNumber("ACME", 1), Channel.PORTAL, CaseStatus.NEW,
        Priority.P3, null, new Reporter(null, "ops@northwind.example", null), "s", "d", null, null, null, NOW, null,
        null, null, List.of()), "event-" + caseId, null, null);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(DEADLINE.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
