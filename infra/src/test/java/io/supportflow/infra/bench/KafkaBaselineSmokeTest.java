package io.supportflow.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.infra.stack.TestStack;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/** The baseline of bin/benchmark pipeline carries every record through every hop, at a tiny scale. */
class KafkaBaselineSmokeTest {

  @Test
  void everyRecordCrossesEveryHopAndIsTimed() throws Exception {
    String bootstrap = TestStack.shared().kafkaBootstrapServers();
    KafkaBaseline baseline = new KafkaBaseline(bootstrap, 3, new int[] {700, 1500, 500});
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      baseline.prepareTopics(admin);
    }

    KafkaBaseline.Result result = baseline.run(500, 0, Duration.ofSeconds(20));

    assertThat(result.received()).isEqualTo(500);
    assertThat(result.endToEnd().count()).isEqualTo(500);
    assertThat(result.throughput()).isPositive();
  }
}
