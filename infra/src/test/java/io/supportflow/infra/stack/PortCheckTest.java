package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortCheckTest {

  @Test
  void aPortInUseOnLoopbackIsReportedWithWhatWantedIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      assertThatThrownBy(() -> PortCheck.requireFree(port, "Kafka broker"))
          .isInstanceOf(StackStartupException.class)
          .hasMessage("Port " + port + " (Kafka broker) is already in use — is the stack already running?");
    }
  }

  @Test
  void aFreePortPasses() {
    int port = PortCheck.freePort();

    assertThatCode(() -> PortCheck.requireFree(port, "SMTP")).doesNotThrowAnyException();
  }
}
