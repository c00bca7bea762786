package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An issued key's life: issued, perhaps expiring, revoked once and for good. */
class IssuedKeyTest {

  private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

  @Test
  void aKeyIsActiveUntilTheInstantItExpires() {
    IssuedKey key = IssuedKey.issue("abcdefgh", DIGEST, "acme", ApiKeyRole.INTEGRATION, null, NOON,
        NOON.plusSeconds(3600));

    assertThat(key.version()).isEqualTo(1);
    assertThat(key.statusAt(NOON)).isEqualTo(IssuedKey.Status.ACTIVE);
    assertThat(key.statusAt(NOON.plusSeconds(3599))).isEqualTo(IssuedKey.Status.ACTIVE);
    assertThat(key.statusAt(NOON.plusSeconds(3600))).isEqualTo(IssuedKey.Status.EXPIRED);
  }

  @Test
  void aRevocationIsANewVersionAndFinal() {
    IssuedKey key = IssuedKey.issue("abcdefgh", DIGEST, "acme", ApiKeyRole.AGENT, "dana", NOON, null);

    IssuedKey revoked = key.revoke(NOON.plusSeconds(60));

    assertThat(revoked.version()).isEqualTo(2);
    assertThat(revoked.revokedAt()).isEqualTo(NOON.plusSeconds(60));
    assertThat(revoked.statusAt(NOON.plusSeconds(61))).isEqualTo(IssuedKey.Status.REVOKED);
    assertThat(revoked.revoke(NOON.plusSeconds(120))).as("revoking again changes nothing").isSameAs(revoked);
  }

  @Test
  void aCustomerKeyNamesItsCustomerAndAnAgentKeyItsAgentAndNoOtherKeyEither() {
    assertThatThrownBy(() -> IssuedKey.issue("abcdefgh", DIGEST, "acme", ApiKeyRole.CUSTOMER, null, NOON, null))
        .isInstanceOf(PolicyViolation.class).hasMessageStartingWith("customerId");
    assertThatThrownBy(() -> IssuedKey.issue("abcdefgh", DIGEST, "acme", ApiKeyRole.AGENT, null, NOON, null))
        .isInstanceOf(PolicyViolation.class).hasMessageStartingWith("agentId");
    assertThatThrownBy(() -> IssuedKey.issue("abcdefgh", DIGEST, "acme", ApiKeyRole.ADMIN, "someone", NOON, null))
        .isInstanceOf(PolicyViolation.class);
    assertThat(IssuedKey.issue("abcdefgh", DIGEST, "acme", ApiKeyRole.CUSTOMER, "northwind", NOON, null).subject())
        .isEqualTo("northwind");
  }

  @Test
  void anExpiryIsLaterThanTheIssue() {
    assertThatThrownBy(() -> IssuedKey.issue("abcdefgh", DIGEST, "acme", ApiKeyRole.INTEGRATION, null, NOON, NOON))
        .isInstanceOf(PolicyViolation.class).hasMessageStartingWith("expiresAt");
  }

  @Test
  void aTenantEntryHasAPrefixIntakeCanNumberWith() {
    assertThat(TenantEntry.created("globex", "Globex", java.time.ZoneId.of("America/New_York"), "GLX", NOON).version())
        .isEqualTo(1);
    assertThatThrownBy(() -> TenantEntry.created("globex", "Globex", java.time.ZoneOffset.UTC, "glx-1", NOON))
        .isInstanceOf(PolicyViolation.class).hasMessageStartingWith("caseNumberPrefix");
  }
}
