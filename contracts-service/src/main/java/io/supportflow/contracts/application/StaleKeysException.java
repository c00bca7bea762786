package io.supportflow.contracts.application;

/** The caller changed the tenant's keys against a key revision that is no longer the stored one. */
public final class StaleKeysException extends RuntimeException {

  private final long current;

  public StaleKeysException(String tenantId, long expected, long current) {
    super("The keys of tenant " + tenantId + " are at revision " + current + ", not " + expected + " as your If-Match"
        + " says: someone issued or revoked a key since you read them. GET the keys again and send If-Match: \""
        + current + "\".");
    this.current = current;
  }

  public long current() {
    return current;
  }
}
