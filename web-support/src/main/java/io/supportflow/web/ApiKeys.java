package io.supportflow.web;

import java.util.Optional;

/**
 * Where a service looks a presented API key up: the port behind {@link ApiKeyAuthenticationFilter}.
 * Every service with an API uses {@link SharedApiKeys}: the keys of the tenants.keys topic (issued
 * and revoked through contracts-service) beside the keys of configuration ({@link ConfiguredApiKeys}).
 * An implementation compares {@link KeyDigest}s only (docs/adr/0012).
 */
@FunctionalInterface
public interface ApiKeys {

  /** The holder of this key; empty for an unknown, revoked or expired key. The key is at most 256 characters. */
  Optional<KeyHolder> holderOf(String presentedKey);
}
