package io.supportflow.intake.adapter.web;

import java.util.List;
import java.util.Map;

/** Fields of a body validated by hand (signed webhooks are parsed after their signature is checked). */
class InvalidFieldsException extends RuntimeException {

  private final List<Map<String, String>> errors;

  InvalidFieldsException(List<Map<String, String>> errors) {
    super("invalid fields");
    this.errors = List.copyOf(errors);
  }

  List<Map<String, String>> errors() {
    return errors;
  }
}
