package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.UnknownTenantException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json: field errors listed, never a stack trace. Spring's own
 * exceptions (415, 405, ...) come through the base class in the same shape.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final System.Logger LOG = System.getLogger(ProblemAdvice.class.getName());
  static final String TYPE_BASE = "https://supportflow.io/problems/";

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(ProblemAdvice::fieldError)
        .toList();
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON for this endpoint.");
    problem.setType(URI.create(TYPE_BASE + "unreadable-body"));
    problem.setTitle("Unreadable request body");
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(InvalidFieldException.class)
  ResponseEntity<ProblemDetail> invalidField(InvalidFieldException ex) {
    return ResponseEntity.badRequest()
        .body(invalid(List.of(Map.of("field", ex.field(), "message", ex.getMessage()))));
  }

  @ExceptionHandler(UnknownTenantException.class)
  ResponseEntity<ProblemDetail> unknownTenant(UnknownTenantException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
    problem.setType(URI.create(TYPE_BASE + "unknown-tenant"));
    problem.setTitle("Unknown tenant");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    LOG.log(Level.ERROR, "Unexpected error", ex);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side. Nothing you sent was lost; please try again.");
    problem.setType(URI.create(TYPE_BASE + "internal"));
    problem.setTitle("Internal error");
    return ResponseEntity.internalServerError().body(problem);
  }

  private static ProblemDetail invalid(List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request has invalid fields; see errors.");
    problem.setType(URI.create(TYPE_BASE + "invalid-request"));
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static Map<String, String> fieldError(FieldError e) {
    return Map.of("field", e.getField(),
        "message", e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage());
  }
}
