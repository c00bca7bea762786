package io.supportflow.intake.adapter.web;

import io.supportflow.web.FieldProblem;
import io.supportflow.web.InvalidRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/** Validates a body parsed by hand with the same constraints and error shape as @Valid bodies. */
record BodyValidator(Validator validator) {

  <T> T valid(T body) {
    Set<ConstraintViolation<T>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new InvalidRequestException(violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
          .toList());
    }
    return body;
  }
}
