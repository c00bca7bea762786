package io.supportflow.web;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one key store every service with an API authenticates against (docs/adr/0012): the keys
 * issued as data, as contracts-service publishes them on the compacted topic tenants.keys (read
 * into memory by {@link KeyTopicReader}), beside the keys of configuration ({@link ConfiguredApiKeys}:
 * the operator's key, a demo tenant's keys).
 *
 * <p>A published key is checked at each request: revoked, or expired by this store's clock, it
 * opens nothing, so a revocation works within the time the topic takes to reach the service, and
 * an expiry to the millisecond, without a restart. A digest the topic knows is decided by the topic
 * alone (configuration cannot bring a revoked key back); any other by configuration.
 */
public final class SharedApiKeys implements ApiKeys {

  private final ConfiguredApiKeys configured;
  private final Clock clock;
  private final Map<KeyDigest, PublishedKey> published = new ConcurrentHashMap<>();

  public SharedApiKeys(ConfiguredApiKeys configured, Clock clock) {
    this.configured = configured;
    this.clock = clock;
  }

  @Override
  public Optional<KeyHolder> holderOf(String presentedKey) {
    return presentedKey == null ? Optional.empty() : holderOfDigest(KeyDigest.of(presentedKey));
  }

  /** The holder of the key with this digest, for a caller that has digested the key already. */
  public Optional<KeyHolder> holderOfDigest(KeyDigest digest) {
    PublishedKey key = published.get(digest);
    if (key != null) {
      return key.opensAt(clock.instant()) ? Optional.of(key.holder()) : Optional.empty();
    }
    return configured.holderOfDigest(digest);
  }

  /** A key's state as published; an older version than the one kept changes nothing, and a revocation stays. */
  public void apply(PublishedKey key) {
    published.merge(key.digest(), key, PublishedKey::newest);
  }

  /** The topic's tombstone for a key: its state is forgotten (it opens nothing unless configured). */
  public void forget(KeyDigest digest) {
    published.remove(digest);
  }

  /** The state kept for this digest, if the topic published one. */
  public Optional<PublishedKey> published(KeyDigest digest) {
    return Optional.ofNullable(published.get(digest));
  }

  /** How many published keys are held. */
  public int publishedCount() {
    return published.size();
  }

  /** The keys of configuration, e.g. for the tenants that have an admin key there. */
  public ConfiguredApiKeys configured() {
    return configured;
  }
}
