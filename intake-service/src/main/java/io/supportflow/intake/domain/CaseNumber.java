package io.supportflow.intake.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A human-friendly case number, the tenant's prefix and a sequence: ACME-000042. Short enough to
 * read over the phone, and recognisable in a mail subject so replies thread back to the case.
 */
public record CaseNumber(String prefix, long sequence) {

  private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

  public CaseNumber {
    Objects.requireNonNull(prefix, "prefix");
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("case number prefix must be 2-10 upper-case letters or digits: " + prefix);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("case sequence starts at 1: " + sequence);
    }
  }

  @Override
  public String toString() {
    return "%s-%06d".formatted(prefix, sequence);
  }
}
