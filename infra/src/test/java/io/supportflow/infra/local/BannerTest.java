package io.supportflow.infra.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BannerTest {

  private final DemoCredentials credentials =
      new DemoCredentials("api-key-1", "contact-pw", "desk-pw", "agent-key-1", "customer-key-1", "phone-1", "admin-1",
          "operator-1");

  @Test
  void thePrintedStackNamesTheConsoleAndTheDemoAgentsSignInKey() {
    String banner = Banner.render(new LaunchOptions(Path.of("/tmp/sf"), false, false, 6), credentials);

    assertThat(banner).contains("Console              http://localhost:8086  (sign in with the agent key");
    assertThat(banner).containsPattern("Agent key +agent-key-1 +\\(support engineer: console sign-in");
    assertThat(banner).contains("console-service      http://localhost:8086");
    assertThat(banner).containsPattern("Operator key +operator-1 +\\(contracts operator API");
    assertThat(banner).contains("Service JVMs         startup profile (-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)");
  }
}
