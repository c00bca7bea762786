package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformServiceTest {

  @Test
  void furtherInstancesOfAConsumingServiceServeOneHundredPortsHigherUnderNamesOfTheirOwn() {
    List<PlatformService> services = PlatformService.withInstances(PlatformService.ALL, 2);

    assertThat(services).extracting(PlatformService::instanceName).containsExactly(
        "intake-service", "contracts-service", "contracts-service-2", "sla-service", "sla-service-2",
        "escalation-service", "escalation-service-2", "notification-service", "notification-service-2",
        "console-service");
    assertThat(services.get(2)).isEqualTo(new PlatformService("contracts-service", 8182, 9182, 2));
    assertThat(services.get(2).jar(java.nio.file.Path.of("/repo")))
        .isEqualTo(services.get(1).jar(java.nio.file.Path.of("/repo")));
  }

  @Test
  void oneInstanceIsTheServicesAsTheyWere() {
    assertThat(PlatformService.withInstances(PlatformService.ALL, 1)).isEqualTo(PlatformService.ALL);
  }
}
