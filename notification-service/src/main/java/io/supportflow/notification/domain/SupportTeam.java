package io.supportflow.notification.domain;

import java.util.List;
import java.util.Optional;

/**
 * Who hears of a case's SLA warnings and breaches: the person the tenant's roster names for the
 * role "Support Team" (in any letter case), else the service's support-team address.
 */
public final class SupportTeam {

  public static final String ROLE = "Support Team";

  /** A role on the tenant's roster and the person holding it. */
  public record RosterEntry(String role, String name, String email) {}

  private SupportTeam() {}

  /** The address of the roster's first Support Team entry that has one. */
  public static Optional<String> addressIn(List<RosterEntry> roster) {
    return roster.stream()
        .filter(e -> e.role() != null && e.role().strip().equalsIgnoreCase(ROLE))
        .map(RosterEntry::email)
        .filter(email -> email != null && !email.isBlank())
        .map(String::strip)
        .findFirst();
  }
}
