package io.supportflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The key store every service reads: published keys checked against a clock at each request, beside configuration. */
class SharedApiKeysTest {

  private static final String ISSUED = "an-issued-key-of-acme-0123456789";
  private static final String CONFIGURED = "a-configured-key-of-acme-012345";
  private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(NOON);
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };
  private final SharedApiKeys keys = new SharedApiKeys(
      ConfiguredApiKeys.parse(List.of("acme:admin:" + KeyDigest.of(CONFIGURED))), clock);

  @Test
  void anIssuedKeyOpensUntilTheInstantItExpiresAtByTheClock() {
    keys.apply(issued(1, NOON.plusSeconds(60), null));

    assertThat(keys.holderOf(ISSUED)).contains(KeyHolder.of("acme", Set.of(KeyRole.CUSTOMER), "northwind"));
    now.set(NOON.plusSeconds(59));
    assertThat(keys.holderOf(ISSUED)).isPresent();
    now.set(NOON.plusSeconds(60));
    assertThat(keys.holderOf(ISSUED)).as("expired at that instant").isEmpty();
  }

  @Test
  void aRevokedKeyOpensNothingAndAnOlderStateArrivingLateDoesNotBringItBack() {
    keys.apply(issued(1, null, null));
    keys.apply(issued(2, null, NOON));
    assertThat(keys.holderOf(ISSUED)).isEmpty();

    keys.apply(issued(1, null, null));
    assertThat(keys.holderOf(ISSUED)).as("version 1 replayed after the revocation").isEmpty();
    keys.apply(issued(3, null, null));
    assertThat(keys.holderOf(ISSUED)).as("a revocation is final").isEmpty();
    assertThat(keys.publishedCount()).isEqualTo(1);
  }

  @Test
  void configuredKeysOpenBesideThePublishedOnes() {
    keys.apply(issued(1, null, null));

    assertThat(keys.holderOf(CONFIGURED)).contains(KeyHolder.of("acme", Set.of(KeyRole.ADMIN)));
    assertThat(keys.holderOf("unknown-key-0123456789abcdef")).isEmpty();
    assertThat(keys.holderOf(null)).isEmpty();
  }

  @Test
  void aForgottenKeyOpensNothing() {
    keys.apply(issued(1, null, null));
    keys.forget(KeyDigest.of(ISSUED));

    assertThat(keys.holderOf(ISSUED)).isEmpty();
  }

  private static PublishedKey issued(long version, Instant expiresAt, Instant revokedAt) {
    return new PublishedKey(KeyDigest.of(ISSUED), "acme", Set.of(KeyRole.CUSTOMER), "northwind", expiresAt, revokedAt,
        version);
  }
}
