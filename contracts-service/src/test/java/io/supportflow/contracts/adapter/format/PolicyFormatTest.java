package io.supportflow.contracts.adapter.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.contracts.adapter.presets.ClasspathPresetCatalog;
import io.supportflow.contracts.config.DemoPolicy;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.TenantPolicy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

class PolicyFormatTest {

  private final TenantPolicy demo = DemoPolicy.build(
      new ClasspathPresetCatalog(PolicyFormat.yaml()), "acme", LocalDate.of(2026, 6, 3));

  @Test
  void aWholePolicySurvivesYamlAndJsonUnchanged() {
    String yaml = PolicyFormat.yaml().writeValueAsString(demo);
    String json = PolicyFormat.json().writeValueAsString(demo);

    assertThat(PolicyFormat.yaml().readValue(yaml, TenantPolicy.class)).isEqualTo(demo);
    assertThat(PolicyFormat.json().readValue(json, TenantPolicy.class)).isEqualTo(demo);
    assertThat(yaml).contains("zone: Europe/Amsterdam").contains("startsOn: 2026-05-03")
        .doesNotContain("startMinuteOfDay").doesNotContain("mayOpenCases");
  }

  @Test
  void anUnknownFieldIsRefusedNotIgnored() {
    assertThatThrownBy(() -> PolicyFormat.yaml().readValue("""
        customerId: x
        name: X
        emailDomain: x.example
        """, Customer.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("emailDomain");
  }
}
