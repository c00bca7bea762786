package io.supportflow.observability.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticMembershipTest {

  @Test
  void eachBindingOfAnInstanceIsAStaticMemberOfItsOwn() {
    Map<String, Object> flow = new HashMap<>();
    Map<String, Object> timers = new HashMap<>();

    new StaticMembership("sla-service-7c9f").configure(flow, "trackCaseClocksFlow-in-0", "contracts.entitlements");
    new StaticMembership("sla-service-7c9f").configure(timers, "notifyCaseFlow-in-0", "sla.events");

    assertThat(flow).containsEntry("group.instance.id", "sla-service-7c9f-trackCaseClocksFlow-in-0");
    assertThat(timers).containsEntry("group.instance.id", "sla-service-7c9f-notifyCaseFlow-in-0");
  }

  @Test
  void withoutAnInstanceIdConsumersStayDynamicButStillHaveTheShortSessionTimeout() {
    Map<String, Object> properties = new HashMap<>();

    new StaticMembership("  ").configure(properties, "flow-in-0", "intake.requests");

    assertThat(properties).doesNotContainKey("group.instance.id")
        .containsEntry("session.timeout.ms", 10_000)
        .containsEntry("heartbeat.interval.ms", 3_000);
  }

  @Test
  void aSessionTimeoutConfiguredForTheBindingWins() {
    Map<String, Object> properties = new HashMap<>(Map.of("session.timeout.ms", 30_000));

    new StaticMembership("a").configure(properties, "flow-in-0", "intake.requests");

    assertThat(properties).containsEntry("session.timeout.ms", 30_000);
  }
}
