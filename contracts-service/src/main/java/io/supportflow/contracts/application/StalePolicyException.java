package io.supportflow.contracts.application;

/**
 * The caller edited a revision of the policy that is no longer the stored one (another admin saved
 * in between): applying the change anyway would silently undo theirs.
 */
public final class StalePolicyException extends RuntimeException {

  private final long current;

  public StalePolicyException(String tenantId, long expected, long current) {
    super("The policy of tenant " + tenantId + " is at revision " + current + ", not " + expected
        + " as your If-Match says: someone changed it since you read it. GET it again, reapply your change and"
        + " send it with If-Match: \"" + current + "\".");
    this.current = current;
  }

  public long current() {
    return current;
  }
}
