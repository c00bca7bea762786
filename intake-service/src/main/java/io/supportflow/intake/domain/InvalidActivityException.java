package io.supportflow.intake.domain;

/** An activity lacks what the rules require of it (a reason, a different priority...). */
public class InvalidActivityException extends RuntimeException {

  private final String field;

  public InvalidActivityException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
