package io.supportflow.web;

import java.util.Optional;

/**
 * Where a service looks a presented API key up: the port behind {@link ApiKeyAuthenticationFilter}.
 * Today keys come from configuration ({@link ConfiguredApiKeys}) or from intake's own store; moving
 * them to a shared store means one new implementation of this interface. An implementation
 * compares {@link KeyDigest}s only.
 */
@FunctionalInterface
public interface ApiKeys {

  /** The holder of this key; empty for an unknown key. The key is at most 256 characters. */
  Optional<KeyHolder> holderOf(String presentedKey);
}
