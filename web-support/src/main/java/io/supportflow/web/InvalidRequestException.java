package io.supportflow.web;

import java.util.List;

/** Fields checked by hand (a signed webhook parsed after its signature, a word that must be known). */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldProblem> errors;

  public InvalidRequestException(List<FieldProblem> errors) {
    super(errors.size() == 1 ? errors.getFirst().message() : "The request has invalid fields.");
    this.errors = List.copyOf(errors);
  }

  public InvalidRequestException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> errors() {
    return errors;
  }
}
