package io.supportflow.intake.domain;

/** Who raised a request; any part may be unknown on some channel. */
public record Reporter(String name, String email, String phone) {

  /**
   * The reporter as a channel received it, each part one line of text ({@link InputHygiene}).
   * Cleaned where requests enter, not in the constructor, so a case stored before the rule still reads.
   */
  public Reporter cleaned() {
    return new Reporter(InputHygiene.oneLine("reporter.name", name), InputHygiene.oneLine("reporter.email", email),
        InputHygiene.oneLine("reporter.phone", phone));
  }
}
