package io.supportflow.sla.adapter.web;

/** A field that passed its bounds but means nothing (an unknown zone, a month that is not one). */
class InvalidPreviewException extends RuntimeException {

  private final String field;

  InvalidPreviewException(String field, String message) {
    super(message);
    this.field = field;
  }

  String field() {
    return field;
  }
}
