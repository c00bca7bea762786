package io.supportflow.console.domain;

/**
 * Who is signed in to the console, as intake named the key they signed in with: an agent of a
 * tenant (works every case of it) or a customer (sees and answers only its own cases).
 *
 * @param subject the agent id or the customer id
 */
public record ConsoleUser(String tenantId, String tenantName, Role role, String subject, String displayName)
    implements java.io.Serializable {

  public enum Role { AGENT, CUSTOMER }

  /** The customer a customer is restricted to; null for an agent. */
  public String customerIdOrNull() {
    return role == Role.CUSTOMER ? subject : null;
  }
}
