package io.supportflow.web;

import java.util.OptionalInt;

/**
 * The page size a list endpoint takes as its {@code limit} parameter: none means the default,
 * anything else must be a whole number from 1 to the maximum.
 */
public record PageSize(int defaultSize, int max) {

  public PageSize {
    if (max < 1 || defaultSize < 1 || defaultSize > max) {
      throw new IllegalArgumentException("a default page size of " + defaultSize + " with at most " + max);
    }
  }

  /** The size asked for, the default when the value is blank; empty when it is not a page size. */
  public OptionalInt parse(String value) {
    if (value == null || value.isBlank()) {
      return OptionalInt.of(defaultSize);
    }
    try {
      int n = Integer.parseInt(value.strip());
      return n >= 1 && n <= max ? OptionalInt.of(n) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  /** What to tell a caller whose value {@link #parse} refused. */
  public String refusal() {
    return "is a page size, 1 to " + max;
  }
}
