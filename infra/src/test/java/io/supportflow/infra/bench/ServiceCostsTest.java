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

  @Test
  void theWholeMachineLineAddsTheOtherProcessesAndSaysWhatCpuAloneBounds() {
    Map<String, Double> before = new LinkedHashMap<>();
    before.put("broker", 100.0);
    before.put("mail server", Double.NaN);
    Map<String, Double> after = new LinkedHashMap<>();
    after.put("broker", 102.0);
    after.put("mail server", Double.NaN);

    // 200 cases: the broker spent 10 ms a case, the services 30; 40 ms a case on 2 cores: 50/s.
    String lines = ServiceCosts.wholeMachine(before, after, 30, 200, 2);

    assertThat(lines).containsPattern("broker\\s+10\\.00")
        .containsPattern("mail server\\s+n/a")
        .containsPattern("whole machine\\s+40\\.00 .*2 cores at about 50 cases/s");
  }

  @Test
  void theOperatingSystemGivesTheCpuTimeOfARunningProcessAndNoneOfAMissingOne() {
    Map<String, Double> cpu = ServiceCosts.processCpuSeconds(
        Map.of("this", java.util.Optional.of(ProcessHandle.current()), "gone", java.util.Optional.empty()));

    assertThat(cpu.get("this")).isPositive();
    assertThat(cpu.get("gone")).isNaN();
  }

  @Test
  void theServicesCpuPerCaseIsTheTablesTotal() {
    Map<String, ServiceCosts.Counters> before = Map.of("a", new ServiceCosts.Counters(1, 0),
        "b", new ServiceCosts.Counters(Double.NaN, Double.NaN));
    Map<String, ServiceCosts.Counters> after = Map.of("a", new ServiceCosts.Counters(3, 0),
        "b", new ServiceCosts.Counters(Double.NaN, Double.NaN));

    assertThat(ServiceCosts.servicesCpuPerCase(before, after, 100)).isEqualTo(20.0);
  }
}
