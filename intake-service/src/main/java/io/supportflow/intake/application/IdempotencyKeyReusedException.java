package io.supportflow.intake.application;

/** The key was used before for a different request; retrying must send the same request. */
public class IdempotencyKeyReusedException extends RuntimeException {

  public IdempotencyKeyReusedException() {
    super("This Idempotency-Key was already used for a different request");
  }
}
