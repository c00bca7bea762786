package io.supportflow.contracts.application;

/** The change clashes with what is stored: an id already taken, or an entry others still refer to. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
