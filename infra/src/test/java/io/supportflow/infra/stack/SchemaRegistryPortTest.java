package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test stack's registry takes a port that was free a moment ago; losing it is not a failed build. */
class SchemaRegistryPortTest {

  @Test
  void aRegistryWhosePortWasTakenWhileItBootedStartsAgainOnAnother(@TempDir Path dir) throws Exception {
    AtomicInteger relaunches = new AtomicInteger();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      SchemaRegistry doomed = SchemaRegistry.launch(settings(dir, taken.getLocalPort()));
      try (SchemaRegistry registry = SchemaRegistry.awaitReadyOrRelaunch(doomed, () -> {
        relaunches.incrementAndGet();
        return SchemaRegistry.launch(settings(dir, PortCheck.freePort()));
      }, 3)) {
        assertThat(relaunches).hasValue(1);
        assertThat(URI.create(registry.url()).getPort()).isNotEqualTo(taken.getLocalPort());
      }
    }
  }

  private static SchemaRegistry.Settings settings(Path dir, int port) {
    return SchemaRegistry.Settings.inMemory(
        SchemaRegistry.locateHome(), dir.resolve("registry-" + port + ".log"), "127.0.0.1", port);
  }
}
