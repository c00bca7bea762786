package io.supportflow.intake.domain;

import java.util.Objects;

/** A file that came with a request or reply: what it is, never its content. */
public record Attachment(String name, long size, String contentType) {

  public Attachment {
    name = InputHygiene.oneLine("attachments.name", Objects.requireNonNull(name, "name"));
    Objects.requireNonNull(contentType, "contentType");
    if (size < 0) {
      throw new IllegalArgumentException("attachment size cannot be negative: " + size);
    }
  }
}
