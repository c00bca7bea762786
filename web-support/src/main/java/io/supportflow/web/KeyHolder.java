package io.supportflow.web;

import java.util.Set;

/**
 * Who holds a key, as the security rules see it: a tenant and what the key may do there; and the
 * principal the controllers are handed (the tenant id itself, unless the store knows more).
 */
public record KeyHolder(String tenantId, Set<KeyRole> roles, Object principal) {

  public KeyHolder {
    roles = Set.copyOf(roles);
  }

  public static KeyHolder of(String tenantId, Set<KeyRole> roles) {
    return new KeyHolder(tenantId, roles, tenantId);
  }

  public KeyHolder withPrincipal(Object other) {
    return new KeyHolder(tenantId, roles, other);
  }
}
