package io.supportflow.web;

import java.util.Set;

/**
 * Who holds a key, as the security rules see it: a tenant and what the key may do there, the
 * holder within the tenant when the key names one (the customer id of a customer key, the agent id
 * of an agent key), and the principal the controllers are handed (the tenant id itself, unless the
 * service knows more). An operator key belongs to no tenant: its tenant id is null.
 *
 * @param subject the customer id of a customer key, the agent id of an agent key; null otherwise
 */
public record KeyHolder(String tenantId, Set<KeyRole> roles, String subject, Object principal) {

  public KeyHolder {
    roles = Set.copyOf(roles);
  }

  public static KeyHolder of(String tenantId, Set<KeyRole> roles) {
    return of(tenantId, roles, null);
  }

  public static KeyHolder of(String tenantId, Set<KeyRole> roles, String subject) {
    return new KeyHolder(tenantId, roles, subject, tenantId == null ? "operator" : tenantId);
  }

  public KeyHolder withPrincipal(Object other) {
    return new KeyHolder(tenantId, roles, subject, other);
  }
}
