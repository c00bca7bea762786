package io.supportflow.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys from configuration ({@code supportflow.security.api-key-digests}, a Kubernetes secret):
 * entries {@code tenant:role:sha256hex}, e.g. {@code acme:admin:9f86d0…}, comma-separated. The same
 * digest may stand in several entries, once per role. Only digests are configured, never keys.
 */
public final class ConfiguredApiKeys implements ApiKeys {

  private static final Pattern ENTRY = Pattern.compile("([a-z0-9][a-z0-9._-]{0,63}):([a-z_]+):([0-9a-fA-F]{64})");

  private final Map<KeyDigest, KeyHolder> holders;

  private ConfiguredApiKeys(Map<KeyDigest, KeyHolder> holders) {
    this.holders = Map.copyOf(holders);
  }

  /** @throws IllegalStateException on a malformed entry, so a service does not start with a key it ignores */
  public static ConfiguredApiKeys parse(Collection<String> entries) {
    Map<KeyDigest, KeyHolder> holders = new HashMap<>();
    for (String raw : entries) {
      String entry = raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      Matcher m = ENTRY.matcher(entry);
      KeyRole role = m.matches() ? role(m.group(2)) : null;
      if (role == null) {
        throw new IllegalStateException("An API key entry is tenant:role:<64 hex digits of the key's SHA-256>"
            + " with role one of integration, customer, agent, admin; got '" + entry.replaceAll(":[^:]*$", ":...") + "'");
      }
      KeyDigest digest = new KeyDigest(m.group(3));
      KeyHolder known = holders.get(digest);
      if (known != null && !known.tenantId().equals(m.group(1))) {
        throw new IllegalStateException("One API key is configured for two tenants: " + known.tenantId()
            + " and " + m.group(1));
      }
      Set<KeyRole> roles = EnumSet.of(role);
      if (known != null) {
        roles.addAll(known.roles());
      }
      holders.put(digest, KeyHolder.of(m.group(1), roles));
    }
    return new ConfiguredApiKeys(holders);
  }

  @Override
  public Optional<KeyHolder> holderOf(String presentedKey) {
    return presentedKey == null ? Optional.empty() : Optional.ofNullable(holders.get(KeyDigest.of(presentedKey)));
  }

  /** The tenants that have a key with this role, e.g. the tenants to create for their administrators. */
  public Set<String> tenantsWith(KeyRole role) {
    Set<String> tenants = new LinkedHashSet<>();
    holders.values().stream().filter(h -> h.roles().contains(role)).forEach(h -> tenants.add(h.tenantId()));
    return tenants;
  }

  private static KeyRole role(String word) {
    try {
      return KeyRole.parse(word);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
