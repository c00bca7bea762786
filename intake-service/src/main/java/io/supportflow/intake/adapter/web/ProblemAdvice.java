package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.CaseNotFoundException;
import io.supportflow.intake.application.ConcurrentCaseChangeException;
import io.supportflow.intake.application.IdempotencyKeyReusedException;
import io.supportflow.intake.application.UnknownTenantException;
import io.supportflow.intake.domain.IllegalTransitionException;
import io.supportflow.intake.domain.InvalidActivityException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Map;
import io.supportflow.web.BodyTooLargeException;
import io.supportflow.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error as RFC 9457 problem+json: field errors listed, never a stack trace. Spring's own
 * exceptions (415, 405, ...) come through the base class in the same shape.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final System.Logger LOG = System.getLogger(ProblemAdvice.class.getName());
  static final String TYPE_BASE = Problems.TYPE_BASE;

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
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException tooLarge) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge));
      }
    }
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

  @ExceptionHandler(InvalidFieldsException.class)
  ResponseEntity<ProblemDetail> invalidFields(InvalidFieldsException ex) {
    return ResponseEntity.badRequest().body(invalid(ex.errors()));
  }

  @ExceptionHandler(InvalidActivityException.class)
  ResponseEntity<ProblemDetail> invalidActivity(InvalidActivityException ex) {
    return ResponseEntity.badRequest()
        .body(invalid(List.of(Map.of("field", ex.field(), "message", ex.getMessage()))));
  }

  @ExceptionHandler(JacksonException.class)
  ResponseEntity<ProblemDetail> unreadableJson(JacksonException ex) {
    return problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
        "The request body is not valid JSON for this endpoint.");
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException ex) {
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(ex));
  }

  @ExceptionHandler(CaseNotFoundException.class)
  ResponseEntity<ProblemDetail> caseNotFound(CaseNotFoundException ex) {
    return problem(HttpStatus.NOT_FOUND, "case-not-found", "No such case",
        "There is no case with this number that this key may see.");
  }

  @ExceptionHandler(IllegalTransitionException.class)
  ResponseEntity<ProblemDetail> illegalTransition(IllegalTransitionException ex) {
    return problem(HttpStatus.CONFLICT, "illegal-transition", "Not possible in the case's status", ex.getMessage());
  }

  @ExceptionHandler(ConcurrentCaseChangeException.class)
  ResponseEntity<ProblemDetail> concurrentChange(ConcurrentCaseChangeException ex) {
    return problem(HttpStatus.CONFLICT, "concurrent-change", "The case changed meanwhile", ex.getMessage());
  }

  @ExceptionHandler(IdempotencyKeyReusedException.class)
  ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReusedException ex) {
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused",
        ex.getMessage() + "; use a new key for a new request.");
  }

  @ExceptionHandler(BadSignatureException.class)
  ResponseEntity<ProblemDetail> badSignature(BadSignatureException ex) {
    return problem(HttpStatus.UNAUTHORIZED, "bad-signature", "Signature not accepted", ex.getMessage());
  }

  @ExceptionHandler(QuarantinedMailException.class)
  ResponseEntity<ProblemDetail> quarantined(QuarantinedMailException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        "The mail could not be read (" + ex.getMessage() + "); it is kept in quarantine for a person to look at.");
    problem.setType(URI.create(TYPE_BASE + "unreadable-mail"));
    problem.setTitle("Unreadable mail");
    problem.setProperty("quarantineId", ex.quarantineId());
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
    return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "This key may not do that.");
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

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return ResponseEntity.status(status).body(problem);
  }

  private static ProblemDetail tooLarge(BodyTooLargeException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
        "The request body is over the limit of " + ex.limit() + " bytes for this endpoint.");
    problem.setType(URI.create(TYPE_BASE + "payload-too-large"));
    problem.setTitle("Payload too large");
    return problem;
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
