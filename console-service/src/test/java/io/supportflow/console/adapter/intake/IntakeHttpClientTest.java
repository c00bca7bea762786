package io.supportflow.console.adapter.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.console.StandInIntake;
import io.supportflow.console.application.IntakeRefusedException;
import io.supportflow.console.application.IntakeUnavailableException;
import io.supportflow.console.domain.CaseAction;
import io.supportflow.console.domain.ConsoleUser;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console's calls to intake over real HTTP, against a stand-in that answers as intake does. */
class IntakeHttpClientTest {

  private final StandInIntake intake = new StandInIntake().key("agent-key", "acme", "AGENT", "olaf")
      .key("integration-key", "acme", "INTEGRATION", "acme");
  private final IntakeHttpClient client = new IntakeHttpClient(intake.url(), Duration.ofSeconds(5));

  @AfterEach
  void stop() {
    intake.close();
  }

  @Test
  void whoAmINamesAnAgentAndNobodyForAnUnknownOrIntegrationKey() {
    assertThat(client.whoAmI("agent-key"))
        .contains(new ConsoleUser("acme", "ACME Support", ConsoleUser.Role.AGENT, "olaf", "olaf"));
    assertThat(client.whoAmI("integration-key")).isEmpty();
    assertThat(client.whoAmI("nobodys-key")).isEmpty();
  }

  @Test
  void anActionIsPostedToTheAgentApiWithTheAgentsKey() {
    client.act("agent-key", "ACME-7", new CaseAction.Hold("Need logs"));

    assertThat(intake.calls()).containsExactly(new StandInIntake.Call("POST", "/api/v1/agent/cases/ACME-7/hold",
        "agent-key", "{\"reason\":\"Need logs\"}"));
  }

  @Test
  void aProblemBecomesARefusalInPlainWords() {
    assertThatThrownBy(() -> client.act("agent-key", "ACME-7", new CaseAction.Close(null)))
        .isInstanceOfSatisfying(IntakeRefusedException.class, refused -> {
          assertThat(refused.status()).isEqualTo(409);
          assertThat(refused.type()).isEqualTo("illegal-transition");
          assertThat(refused.plainWords())
              .isEqualTo("That is not possible in the case's current status. Only a resolved case can be closed.");
        });
  }

  @Test
  void anUnreachableIntakeIsUnavailableNotRefused() {
    intake.close();
    IntakeHttpClient nowhere = new IntakeHttpClient(URI.create("http://127.0.0.1:1"), Duration.ofSeconds(2));

    assertThatThrownBy(() -> nowhere.whoAmI("agent-key")).isInstanceOf(IntakeUnavailableException.class);
  }
}
