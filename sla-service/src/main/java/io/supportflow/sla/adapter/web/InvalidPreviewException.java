package io.supportflow.sla.adapter.web;

/** A field that passed its bounds but means nothing (an unknown zone, a calendar with no hours). */
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
