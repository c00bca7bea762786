package io.supportflow.web;

import java.util.Locale;

/**
 * What a key may do, the same words on every service: a tenant's integration (opens requests,
 * forwards mail and alerts, reads clocks), a customer (its own cases), a support engineer (the
 * tenant's cases, their clocks and escalations), a tenant's administrator (its policy and its keys),
 * and the platform's operator (creates tenants; belongs to no tenant).
 */
public enum KeyRole {
  INTEGRATION, CUSTOMER, AGENT, ADMIN, OPERATOR;

  /** The name Spring Security's {@code hasRole} checks. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The role as configured: its name in lower case, e.g. {@code admin}. */
  public static KeyRole parse(String word) {
    return valueOf(word.strip().toUpperCase(Locale.ROOT));
  }
}
