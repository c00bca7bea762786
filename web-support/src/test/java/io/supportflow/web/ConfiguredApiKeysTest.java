package io.supportflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfiguredApiKeysTest {

  private static final String KEY = "a-key-of-acme-0123456789abcdef";
  private static final String OTHER = "a-key-of-globex-0123456789abcd";

  @Test
  void aKeyIsKnownByItsDigestOnlyWithItsTenantAndRole() {
    ConfiguredApiKeys keys = ConfiguredApiKeys.parse(List.of(
        "acme:admin:" + KeyDigest.of(KEY).hex().toUpperCase(), " globex:agent:" + KeyDigest.of(OTHER)));

    assertThat(keys.holderOf(KEY)).contains(new KeyHolder("acme", Set.of(KeyRole.ADMIN), null, "acme"));
    assertThat(keys.holderOf(OTHER)).contains(new KeyHolder("globex", Set.of(KeyRole.AGENT), null, "globex"));
    assertThat(keys.holderOf(KEY + "x")).isEmpty();
    assertThat(keys.holderOf(null)).isEmpty();
  }

  @Test
  void oneKeyListedOncePerRoleHoldsEveryRole() {
    String digest = KeyDigest.of(KEY).hex();
    ConfiguredApiKeys keys = ConfiguredApiKeys.parse(List.of("acme:admin:" + digest, "acme:integration:" + digest, ""));

    assertThat(keys.holderOf(KEY).orElseThrow().roles()).containsExactlyInAnyOrder(KeyRole.ADMIN, KeyRole.INTEGRATION);
    assertThat(keys.tenantsWith(KeyRole.ADMIN)).containsExactly("acme");
    assertThat(keys.tenantsWith(KeyRole.AGENT)).isEmpty();
  }

  @Test
  void aMalformedEntryStopsTheServiceFromStartingWithoutEchoingTheDigest() {
    String digest = KeyDigest.of(KEY).hex();
    assertThatThrownBy(() -> ConfiguredApiKeys.parse(List.of("acme:" + digest)))
        .hasMessageContaining("tenant:role:").hasMessageNotContaining(digest);
    assertThatThrownBy(() -> ConfiguredApiKeys.parse(List.of("acme:owner:" + digest)))
        .hasMessageContaining("integration, customer, agent, admin");
    assertThatThrownBy(() -> ConfiguredApiKeys.parse(List.of("acme=" + digest)))
        .hasMessageContaining("tenant:role:");
  }

  @Test
  void aCustomerKeyNamesItsCustomerAndAnAgentKeyMayNameItsAgent() {
    ConfiguredApiKeys keys = ConfiguredApiKeys.parse(List.of("acme:customer:" + KeyDigest.of(KEY) + ":northwind",
        "acme:agent:" + KeyDigest.of(OTHER) + ":demo-agent"));

    assertThat(keys.holderOf(KEY).orElseThrow().subject()).isEqualTo("northwind");
    assertThat(keys.holderOf(OTHER).orElseThrow().subject()).isEqualTo("demo-agent");
    assertThat(ConfiguredApiKeys.parse(List.of("acme:customer:" + KeyDigest.of(KEY))).holderOf(KEY).orElseThrow()
        .subject()).as("as before subjects were written: no customer").isNull();
    assertThatThrownBy(() -> ConfiguredApiKeys.parse(List.of("acme:admin:" + KeyDigest.of(KEY) + ":someone")))
        .hasMessageContaining("Only customer and agent keys");
  }

  @Test
  void anOperatorKeyBelongsToNoTenant() {
    ConfiguredApiKeys keys = ConfiguredApiKeys.parse(List.of("*:operator:" + KeyDigest.of(KEY)));

    KeyHolder operator = keys.holderOf(KEY).orElseThrow();
    assertThat(operator.tenantId()).isNull();
    assertThat(operator.roles()).containsExactly(KeyRole.OPERATOR);
    assertThat(keys.tenantsWith(KeyRole.OPERATOR)).isEmpty();
    assertThatThrownBy(() -> ConfiguredApiKeys.parse(List.of("acme:operator:" + KeyDigest.of(KEY))))
        .hasMessageContaining("belongs to no tenant");
    assertThatThrownBy(() -> ConfiguredApiKeys.parse(List.of("*:admin:" + KeyDigest.of(KEY))))
        .hasMessageContaining("belongs to no tenant");
  }

  @Test
  void oneKeyForTwoTenantsIsRefused() {
    String digest = KeyDigest.of(KEY).hex();
    assertThatThrownBy(() -> ConfiguredApiKeys.parse(List.of("acme:admin:" + digest, "globex:admin:" + digest)))
        .hasMessageContaining("two tenants");
  }

  @Test
  void theDigestIsTheLowerCaseHexOfTheKeysSha256() {
    // printf %s test | sha256sum
    assertThat(KeyDigest.of("test").hex()).isEqualTo("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    assertThatThrownBy(() -> new KeyDigest("not-hex")).isInstanceOf(IllegalArgumentException.class);
  }
}
