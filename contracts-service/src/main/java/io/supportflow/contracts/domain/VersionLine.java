package io.supportflow.contracts.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A version line of a product, e.g. 2.2, first released on a date. Unless endOfLifeOn is set, it is
 * supported until 2 years after the next line's first release (VersionSupport derives it).
 */
public record VersionLine(String line, LocalDate firstReleasedOn, LocalDate endOfLifeOn) {

  private static final Pattern LINE = Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,6}){0,3}");

  public VersionLine {
    line = Checks.text("line", line, 30);
    if (!LINE.matcher(line).matches()) {
      throw new PolicyViolation("line", "'" + line + "' is not a version line such as 2.2");
    }
    Checks.required("firstReleasedOn", firstReleasedOn);
    if (endOfLifeOn != null && endOfLifeOn.isBefore(firstReleasedOn)) {
      throw new PolicyViolation("endOfLifeOn", "is before the first release");
    }
  }
}
