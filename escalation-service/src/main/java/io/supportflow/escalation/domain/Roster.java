package io.supportflow.escalation.domain;

import java.util.Map;
import java.util.Optional;

/** The tenant's roster: role to person. A role nobody holds is escalated without a person. */
public record Roster(Map<String, Person> holders) {

  public Roster {
    holders = Map.copyOf(holders);
  }

  public static Roster empty() {
    return new Roster(Map.of());
  }

  public Optional<Person> holderOf(String role) {
    return Optional.ofNullable(holders.get(role));
  }
}
