package io.supportflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantKeysTest {

  private static final String KEY = "a-key-of-acme-0123456789abcdef";

  @Test
  void aKeyIsKnownByItsDigestOnly() {
    TenantKeys keys = TenantKeys.of(List.of("acme:" + TenantKeys.digest(KEY).toUpperCase()), null, null);

    assertThat(keys.tenantOf(KEY)).contains("acme");
    assertThat(keys.tenantOf(KEY + "x")).isEmpty();
    assertThat(keys.tenantOf(null)).isEmpty();
  }

  @Test
  void theDemoKeyCountsOnlyInDemoModeAndOnlyWhenLongEnough() {
    assertThat(TenantKeys.of(List.of(), "acme", KEY).tenantOf(KEY)).contains("acme");
    assertThat(TenantKeys.of(List.of(), null, KEY).tenantOf(KEY)).isEmpty();
    assertThat(TenantKeys.of(List.of(), "acme", "short").tenantOf("short")).isEmpty();
  }

  @Test
  void aMalformedEntryStopsTheServiceFromStarting() {
    assertThatThrownBy(() -> TenantKeys.of(List.of("acme:not-a-digest"), null, null))
        .hasMessageContaining("tenant:sha256hex");
  }
}
