package io.supportflow.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StackProcessesTest {

  @Test
  void aServiceJvmIsNamedByTheProfileItsFlagsMatch() {
    assertThat(StackProcesses.profileOf("java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
        + "-Dsupportflow.instance=sla-service -XX:AOTCache=/x/app.aot -jar /x/sla-service.jar"))
        .startsWith("startup profile");
    assertThat(StackProcesses.profileOf("java -XX:+ExitOnOutOfMemoryError -javaagent:/tmp/watch.jar=1 -Xms256m -Xmx1g "
        + "-XX:+UseSerialGC -Dsupportflow.instance=sla-service-2 -jar sla-service.jar"))
        .startsWith("throughput profile");
  }

  @Test
  void aJvmWithOtherFlagsIsNotTakenForAProfile() {
    // The throughput profile's flags, plus C1 only: neither profile.
    assertThat(StackProcesses.profileOf("java -Xms256m -Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar a.jar"))
        .isEqualTo("other flags");
    assertThat(StackProcesses.profileOf("java -jar a.jar")).isEqualTo("other flags");
  }
}
