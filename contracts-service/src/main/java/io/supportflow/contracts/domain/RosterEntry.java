package io.supportflow.contracts.domain;

/** Who holds a role the escalation matrix names, e.g. Technical Support Manager. */
public record RosterEntry(String role, String name, String email) {

  public RosterEntry {
    role = Checks.text("role", role, 100);
    name = Checks.text("name", name, Checks.NAME);
    email = Checks.email("email", email);
  }
}
