package io.supportflow.presets;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;

/**
 * What every reader of a tenant policy document (contracts' import, the SLA preview) holds it to,
 * and how it names a place in it, so both answer a bad document alike.
 */
public final class PolicyDocuments {

  /** No giant strings, deep nesting or long numbers in a policy document. */
  public static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
      .maxStringLength(20_000)
      .maxNestingDepth(32)
      .maxNameLength(100)
      .maxNumberLength(20)
      .build();

  private PolicyDocuments() {}

  /** customers[2].contacts[0], from Jackson's path references. */
  public static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
