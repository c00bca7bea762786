package io.supportflow.web;

import java.io.IOException;

/** A body without a Content-Length grew past its limit while it was read. */
public final class BodyTooLargeException extends IOException {

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("The request body is over the limit of " + limit + " bytes for this endpoint.");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
