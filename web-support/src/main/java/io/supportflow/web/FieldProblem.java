package io.supportflow.web;

/** One field at fault in a request: its path in the body, and what is wrong with it. */
public record FieldProblem(String field, String message) {

  public FieldProblem {
    field = field == null || field.isEmpty() ? "(body)" : field;
  }
}
