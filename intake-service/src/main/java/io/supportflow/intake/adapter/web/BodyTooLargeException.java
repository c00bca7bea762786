package io.supportflow.intake.adapter.web;

import java.io.IOException;

/** A body without Content-Length (chunked) grew past the endpoint's limit while it was read. */
public class BodyTooLargeException extends IOException {

  private final long limit;

  BodyTooLargeException(long limit) {
    super("request body over " + limit + " bytes");
    this.limit = limit;
  }

  long limit() {
    return limit;
  }
}
