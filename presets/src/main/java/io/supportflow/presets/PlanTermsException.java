package io.supportflow.presets;

/** A preset, tier, contract or document the terms cannot be read from; field says where. */
public final class PlanTermsException extends RuntimeException {

  private final String field;

  public PlanTermsException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
