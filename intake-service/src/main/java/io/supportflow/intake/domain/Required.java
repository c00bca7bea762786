package io.supportflow.intake.domain;

/**
 * A record's required components checked in one statement, each failing as
 * {@code Objects.requireNonNull(value, name)} would: a NullPointerException naming the component.
 */
public final class Required {

  private Required() {}

  /** @param names the components' names, comma-separated, in the order of {@code values} */
  public static void present(String names, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(names.split(", ")[i]);
      }
    }
  }
}
