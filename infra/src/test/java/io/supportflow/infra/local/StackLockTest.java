package io.supportflow.infra.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.infra.stack.StackStartupException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackLockTest {

  @TempDir Path data;

  @Test
  void aSecondStartOnTheSameDataFolderIsRefusedUntilTheFirstStops() {
    try (StackLock first = StackLock.acquire(data)) {
      assertThatThrownBy(() -> StackLock.acquire(data))
          .isInstanceOf(StackStartupException.class)
          .hasMessageContaining("Another local stack uses " + data)
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }

    assertThat(data.resolve(StackLock.FILE_NAME)).doesNotExist();
    StackLock.acquire(data).close();
  }
}
