package io.supportflow.intake.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A phone number in E.164 form (+ country code, up to 15 digits): one spelling per caller. */
public record CallerNumber(String e164) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

  public CallerNumber {
    Objects.requireNonNull(e164, "e164");
    if (!E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("not an E.164 number: " + e164);
    }
  }

  @Override
  public String toString() {
    return e164;
  }
}
