package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisedChildTest {

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir Path logs;

  private final List<String> reports = new CopyOnWriteArrayList<>();

  @Test
  void aKilledChildIsStartedAgainAndReported() {
    Supplier<ChildJvm> start = this::startIdleChild;
    try (SupervisedChild supervised = SupervisedChild.watch(start.get(), start, quickBackoff(), reports::add,
        Clock.systemUTC())) {
      long firstPid = supervised.current().process().pid();

      supervised.current().process().destroyForcibly();

      // The supervisor reports the restart after the new child is up: wait for the report too.
      awaitTrue(() -> supervised.restartCount() == 1 && supervised.current().isAlive()
          && reports.contains("idle-child is running again (restart 1)"));
      assertThat(supervised.current().process().pid()).isNotEqualTo(firstPid);
      assertThat(reports).anyMatch(line -> line.startsWith("idle-child exited with code"))
          .anyMatch(line -> line.equals("idle-child is running again (restart 1)"));
      assertThat(logs.resolve("idle-child.log.previous")).exists();
    }
  }

  @Test
  void closingStopsTheRestartedChildAndRestartsNoMore() {
    Supplier<ChildJvm> start = this::startIdleChild;
    SupervisedChild supervised = SupervisedChild.watch(start.get(), start, quickBackoff(), reports::add,
        Clock.systemUTC());
    supervised.current().process().destroyForcibly();
    awaitTrue(() -> supervised.restartCount() == 1 && supervised.current().isAlive());
    ChildJvm restarted = supervised.current();

    supervised.close();

    assertThat(restarted.isAlive()).isFalse();
    assertThat(supervised.current()).isSameAs(restarted);
    assertThat(reports).noneMatch(line -> line.startsWith("idle-child exited") && line.contains("restart 2"));
  }

  private RestartBackoff quickBackoff() {
    return new RestartBackoff(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMinutes(1));
  }

  private ChildJvm startIdleChild() {
    List<String> command = ChildJvm.javaCommand(List.of("-Xmx32m"));
    command.addAll(List.of("-cp", ChildJvm.currentClassPath(), IdleChild.class.getName()));
    return ChildJvm.start("idle-child", command, logs, Map.of(), logs.resolve("idle-child.log"));
  }

  private static void awaitTrue(BooleanSupplier condition) {
    Instant giveUp = Instant.now().plus(DEADLINE);
    while (!condition.getAsBoolean()) {
      assertThat(Instant.now()).as("condition within %s", DEADLINE).isBefore(giveUp);
      Thread.onSpinWait();
    }
  }

  /** A process that runs until it is stopped. */
  public static final class IdleChild {
    public static void main(String[] args) throws InterruptedException {
      System.out.println("running");
      new java.util.concurrent.CountDownLatch(1).await();
    }
  }
}
