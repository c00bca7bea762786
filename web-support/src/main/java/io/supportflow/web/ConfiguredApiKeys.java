package io.supportflow.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys from configuration ({@code supportflow.security.api-key-digests}, a Kubernetes secret):
 * the keys a platform starts with, before any key is issued as data (the operator's key, a demo
 * tenant's keys). Entries {@code tenant:role:sha256hex[:subject]}, comma-separated, e.g.
 * {@code acme:admin:9f86d0…}, {@code acme:customer:5e88…:northwind}, {@code *:operator:2c26…}:
 * <ul>
 *   <li>a {@code customer} entry names its customer id as the subject (it sees only that customer's
 *       cases; one that names none opens no customer's cases at intake); an {@code agent} entry may
 *       name the agent id (else the agent is the tenant);</li>
 *   <li>{@code operator} keys belong to no tenant, written {@code *};</li>
 *   <li>the same digest may stand in several entries of one tenant, once per role.</li>
 * </ul>
 * Only digests are configured, never keys.
 */
public final class ConfiguredApiKeys implements ApiKeys {

  /** Written in the tenant's place for an operator key. */
  public static final String NO_TENANT = "*";

  private static final Pattern ENTRY = Pattern.compile(
      "(\\*|[a-z0-9][a-z0-9._-]{0,63}):([a-z_]+):([0-9a-fA-F]{64})(?::([A-Za-z0-9][A-Za-z0-9._@-]{0,127}))?");

  private final Map<KeyDigest, KeyHolder> holders;

  private ConfiguredApiKeys(Map<KeyDigest, KeyHolder> holders) {
    this.holders = Map.copyOf(holders);
  }

  public static ConfiguredApiKeys none() {
    return new ConfiguredApiKeys(Map.of());
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
        throw new IllegalStateException("An API key entry is tenant:role:<64 hex digits of the key's SHA-256>[:subject]"
            + " with role one of integration, customer, agent, admin, operator; got '" + hidden(entry) + "'");
      }
      String tenant = m.group(1);
      String subject = m.group(4);
      requireFits(role, tenant, subject, entry);
      KeyDigest digest = new KeyDigest(m.group(3));
      String tenantId = NO_TENANT.equals(tenant) ? null : tenant;
      KeyHolder known = holders.get(digest);
      if (known != null && !Objects.equals(known.tenantId(), tenantId)) {
        throw new IllegalStateException("One API key is configured for two tenants: " + name(known.tenantId())
            + " and " + tenant);
      }
      if (known != null && known.subject() != null && subject != null && !known.subject().equals(subject)) {
        throw new IllegalStateException("One API key of tenant " + tenant + " is configured for two holders: "
            + known.subject() + " and " + subject);
      }
      Set<KeyRole> roles = EnumSet.of(role);
      if (known != null) {
        roles.addAll(known.roles());
      }
      holders.put(digest, KeyHolder.of(tenantId, roles, subject != null ? subject : known == null ? null : known.subject()));
    }
    return new ConfiguredApiKeys(holders);
  }

  private static void requireFits(KeyRole role, String tenant, String subject, String entry) {
    boolean noTenant = NO_TENANT.equals(tenant);
    if ((role == KeyRole.OPERATOR) != noTenant) {
      throw new IllegalStateException("An operator key belongs to no tenant and is written *:operator:<digest>; "
          + "every other key names its tenant: got '" + hidden(entry) + "'");
    }
    if (subject != null && role != KeyRole.CUSTOMER && role != KeyRole.AGENT) {
      throw new IllegalStateException("Only customer and agent keys name a holder; got '" + hidden(entry) + "'");
    }
  }

  @Override
  public Optional<KeyHolder> holderOf(String presentedKey) {
    return presentedKey == null ? Optional.empty() : holderOfDigest(KeyDigest.of(presentedKey));
  }

  /** The holder of the key with this digest. */
  public Optional<KeyHolder> holderOfDigest(KeyDigest digest) {
    return Optional.ofNullable(holders.get(digest));
  }

  /** The tenants that have a key with this role, e.g. the tenants to create for their administrators. */
  public Set<String> tenantsWith(KeyRole role) {
    Set<String> tenants = new LinkedHashSet<>();
    holders.values().stream().filter(h -> h.roles().contains(role) && h.tenantId() != null)
        .forEach(h -> tenants.add(h.tenantId()));
    return tenants;
  }

  private static String name(String tenantId) {
    return tenantId == null ? NO_TENANT : tenantId;
  }

  /** The entry without its digest (and subject), for a message that may be logged. */
  private static String hidden(String entry) {
    String[] parts = entry.split(":", -1);
    return parts.length >= 3 ? parts[0] + ":" + parts[1] + ":..." : entry.replaceAll(":[^:]*$", ":...");
  }

  private static KeyRole role(String word) {
    try {
      return KeyRole.parse(word);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
