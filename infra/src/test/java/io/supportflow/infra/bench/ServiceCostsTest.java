package io.supportflow.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCostsTest {

  private static final String SCRAPE = """
      # HELP process_cpu_time_ns_total The "cpu time" used by the Java Virtual Machine process
      # TYPE process_cpu_time_ns_total counter
      process_cpu_time_ns_total 1.25E10
      # TYPE mongodb_driver_commands_seconds summary
      mongodb_driver_commands_seconds_count{collection="outbox",command="insert",status="SUCCESS"} 300
      mongodb_driver_commands_seconds_sum{collection="outbox",command="insert",status="SUCCESS"} 1.5
      mongodb_driver_commands_seconds_count{collection="cases",command="find",status="SUCCESS"} 200.0
      mongodb_driver_commands_seconds_max{collection="cases",command="find",status="SUCCESS"} 0.02
      """;

  @Test
  void readsTheProcessCpuTimeInItsUnitAndSumsEveryMongoCommand() {
    ServiceCosts.Counters c = ServiceCosts.parse(SCRAPE);

    assertThat(c.cpuSeconds()).isEqualTo(12.5);
    assertThat(c.mongoCommands()).isEqualTo(500);
  }

  @Test
  void theTableDividesWhatEachServiceSpentInTheRunByTheCasesAndSaysWhereAServiceDidNotAnswer() {
    Map<String, ServiceCosts.Counters> before = new LinkedHashMap<>();
    before.put("intake-service", new ServiceCosts.Counters(10, 1000));
    before.put("sla-service", new ServiceCosts.Counters(Double.NaN, Double.NaN));
    Map<String, ServiceCosts.Counters> after = new LinkedHashMap<>();
    after.put("intake-service", new ServiceCosts.Counters(12, 1400));
    after.put("sla-service", new ServiceCosts.Counters(Double.NaN, Double.NaN));

    String table = ServiceCosts.table(before, after, 200);

    assertThat(table).containsPattern("intake-service\\s+10\\.00\\s+2\\.00")
        .containsPattern("sla-service\\s+n/a\\s+n/a")
        .containsPattern("all services\\s+10\\.00\\s+2\\.00");
  }
}
