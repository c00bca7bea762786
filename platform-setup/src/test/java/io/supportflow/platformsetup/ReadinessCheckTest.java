package io.supportflow.platformsetup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessCheckTest {

  @Test
  void readyOnlyWhenTheServiceAnswersUp() {
    assertThat(ReadinessCheck.isReady(200, "{\"status\":\"UP\"}")).isTrue();
    assertThat(ReadinessCheck.isReady(200, "{\"status\": \"UP\", \"components\": {}}")).isTrue();
    assertThat(ReadinessCheck.isReady(503, "{\"status\":\"OUT_OF_SERVICE\"}")).isFalse();
    assertThat(ReadinessCheck.isReady(200, "{\"status\":\"DOWN\"}")).isFalse();
    assertThat(ReadinessCheck.isReady(404, "")).isFalse();
  }
}
