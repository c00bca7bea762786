package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EntitlementRuleOrderTest {

  private static final List<String> DOCUMENTED = List.of(
      "UNKNOWN_CUSTOMER", "END_USER", "NO_CONTRACT",
      "CONTRACT_NOT_STARTED", "TERM_ENDED_QUOTE", "CONTRACT_EXPIRED",
      "FREE_TIER", "NOT_A_NAMED_CONTACT", "CHANNEL_NOT_IN_PLAN", "LANGUAGE_NOT_SUPPORTED",
      "OUT_OF_SCOPE", "UNCLASSIFIED",
      "PRE_RELEASE", "CUSTOMISED_BUILD", "END_OF_LIFE",
      "IMPLEMENTATION_PERIOD", "UPGRADE_EMBARGO",
      "CONTRACT_ACTIVE");

  @Test
  void theRulesAreAskedInTheDocumentedOrderAndTheLastAlwaysDecides() {
    assertThat(EntitlementPolicy.ruleOrder()).containsExactlyElementsOf(DOCUMENTED);
    assertThat(EntitlementRules.CONTRACT_ACTIVE_RULE.appliesTo().test(null)).isTrue();
  }

  @Test
  void docsPoliciesListsTheSameOrder() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "policies.md"));
    String table = doc.substring(doc.indexOf("<!-- entitlement-rules -->"), doc.indexOf("<!-- /entitlement-rules -->"));
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("^\\| \\d+ \\| `([A-Z_]+)`", Pattern.MULTILINE).matcher(table);
    while (m.find()) {
      codes.add(m.group(1));
    }

    assertThat(codes).containsExactlyElementsOf(DOCUMENTED);
  }
}
