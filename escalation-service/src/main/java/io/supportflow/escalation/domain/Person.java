package io.supportflow.escalation.domain;

import java.util.Objects;

/** Who holds a role in the tenant's roster. */
public record Person(String name, String email) {

  public Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(email, "email");
  }
}
