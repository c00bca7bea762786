package io.supportflow.contracts.adapter.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.contracts.adapter.presets.ClasspathPresetCatalog;
import io.supportflow.contracts.config.DemoPolicy;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.RequestCategory;
import io.supportflow.contracts.domain.ScopeClassifier;
import io.supportflow.contracts.domain.SupportPlan;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantPolicy;
import java.time.LocalDate;
import java.util.List;
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
  void aDeskRuleOrKeywordsLeftOutOfTheFileAreOffAndADeskRuleWrittenInIsOn() {
    Tenant quiet = PolicyFormat.yaml().readValue("""
        tenantId: acme
        name: ACME
        zone: Europe/Amsterdam
        """, Tenant.class);
    Tenant raising = PolicyFormat.json().readValue("""
        {"tenantId": "acme", "name": "ACME", "zone": "Europe/Amsterdam", "raiseOnBreach": true}
        """, Tenant.class);

    assertThat(quiet.raiseOnBreach()).isFalse();
    assertThat(quiet.statusMailsWhileOnHold()).isFalse();
    assertThat(quiet.classifier()).as("no keywords, and unclassified requests do not pass").isEqualTo(ScopeClassifier.NONE);
    assertThat(raising.raiseOnBreach()).isTrue();
    assertThat(raising.statusMailsWhileOnHold()).isFalse();
  }

  @Test
  void aTenantsKeywordsAreReadPerCategoryAndWhetherUnclassifiedRequestsPass() {
    Tenant classifying = PolicyFormat.yaml().readValue("""
        tenantId: acme
        name: ACME
        zone: Europe/Amsterdam
        classifier:
          unclassifiedPasses: true
          categories:
            - {category: infrastructure, keywords: [down, "not responding"]}
            - {category: CONFIGURATION, keywords: ["configur*"]}
        """, Tenant.class);

    assertThat(classifying.classifier()).isEqualTo(new ScopeClassifier(true, List.of(
        new ScopeClassifier.CategoryKeywords(RequestCategory.INFRASTRUCTURE, List.of("down", "not responding")),
        new ScopeClassifier.CategoryKeywords(RequestCategory.CONFIGURATION, List.of("configur*")))));
    assertThat(demo.tenant().classifier().categories()).as("the demo tenant has the infra-24x7 preset's keywords")
        .extracting(ScopeClassifier.CategoryKeywords::category)
        .containsExactly(RequestCategory.INFRASTRUCTURE, RequestCategory.CONFIGURATION, RequestCategory.QUESTION);
  }

  @Test
  void aPlanWithoutTheRoundTheClockListPromisesItForNoPriority() {
    SupportPlan plan = PolicyFormat.yaml().readValue("""
        planName: custom
        calendarId: 24x7
        """, SupportPlan.class);

    assertThat(plan.aroundTheClockOnceWorking()).isEmpty();
    assertThat(demo.contract("northwind-infra-24x7").orElseThrow().plan().aroundTheClockOnceWorking())
        .containsExactly(Priority.P1, Priority.P2);
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
