package io.supportflow.intake.domain;

import java.util.Objects;

/**
 * A file that came with a request or reply. {@code contentType} is what the bytes are, sniffed
 * from them ({@link ContentSniffer}); {@code declaredType} is what the sender claimed, kept for
 * the record only. {@code id} names the stored content (null until it is stored or when it was
 * not kept); {@code content} travels only from the channel to the store and is never part of the
 * attachment's identity (equality, text) nor kept on the case.
 */
public record Attachment(String id, String name, long size, String contentType, String declaredType, byte[] content) {

  public Attachment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contentType, "contentType");
    if (size < 0) {
      throw new IllegalArgumentException("attachment size cannot be negative: " + size);
    }
  }

  /** A file known by what it is only (no stored content). */
  public Attachment(String name, long size, String contentType) {
    this(null, name, size, contentType, contentType, null);
  }

  /** The same file once its content is stored under {@code storedId}: metadata only from here on. */
  public Attachment stored(String storedId) {
    return new Attachment(storedId, name, size, contentType, declaredType, null);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment a && size == a.size && Objects.equals(id, a.id) && name.equals(a.name)
        && contentType.equals(a.contentType) && Objects.equals(declaredType, a.declaredType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, size, contentType, declaredType);
  }

  @Override
  public String toString() {
    return "Attachment[id=" + id + ", name=" + name + ", size=" + size + ", contentType=" + contentType + "]";
  }
}
