package io.supportflow.sla.adapter.web;

import io.supportflow.web.InvalidRequestException;

/** A field that passed its bounds but means nothing (an unknown zone, a month that is not one). */
class InvalidPreviewException extends InvalidRequestException {

  InvalidPreviewException(String field, String message) {
    super(field, message);
  }
}
