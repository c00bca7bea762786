package io.supportflow.intake.domain;

/** Who raised a request; any part may be unknown on some channel. Each part is one line of text. */
public record Reporter(String name, String email, String phone) {

  public Reporter {
    name = InputHygiene.oneLine("reporter.name", name);
    email = InputHygiene.oneLine("reporter.email", email);
    phone = InputHygiene.oneLine("reporter.phone", phone);
  }
}
