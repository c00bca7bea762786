package io.supportflow.contracts.application;

/** The tenant requires every admin edit to name the revision it was made against, and this one named none. */
public final class RevisionRequiredException extends RuntimeException {

  private final long current;

  public RevisionRequiredException(String tenantId, long current) {
    super("Tenant " + tenantId + " requires If-Match on every edit: GET the policy, change it and send it with"
        + " If-Match: \"" + current + "\" (the ETag GET answered).");
    this.current = current;
  }

  public long current() {
    return current;
  }
}
