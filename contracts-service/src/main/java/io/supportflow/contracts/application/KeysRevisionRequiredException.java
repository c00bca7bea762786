package io.supportflow.contracts.application;

/** The tenant requires If-Match on every admin edit, and this change of its keys named no revision. */
public final class KeysRevisionRequiredException extends RuntimeException {

  private final long current;

  public KeysRevisionRequiredException(String tenantId, long current) {
    super("Tenant " + tenantId + " requires If-Match on every edit: GET the keys and send If-Match: \"" + current
        + "\" (the ETag GET answered).");
    this.current = current;
  }

  public long current() {
    return current;
  }
}
