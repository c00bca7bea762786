package io.supportflow.intake.adapter.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates a body parsed by hand with the same constraints and error shape as @Valid bodies. */
final class BodyValidator {

  private final Validator validator;

  BodyValidator(Validator validator) {
    this.validator = validator;
  }

  <T> T valid(T body) {
    Set<ConstraintViolation<T>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw new InvalidFieldsException(violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
          .toList());
    }
    return body;
  }

  static InvalidFieldsException field(String field, String message) {
    return new InvalidFieldsException(List.of(Map.of("field", field, "message", message)));
  }
}
