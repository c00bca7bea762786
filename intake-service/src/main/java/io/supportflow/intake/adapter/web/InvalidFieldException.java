package io.supportflow.intake.adapter.web;

/** A field passed its bounds but not its meaning (e.g. an unknown severity word). */
class InvalidFieldException extends RuntimeException {

  private final String field;

  InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  String field() {
    return field;
  }
}
