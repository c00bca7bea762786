package io.supportflow.contracts.application;

/** What was asked for does not exist in the caller's tenant. */
public final class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
