package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.ConflictException;
import io.supportflow.contracts.application.NotFoundException;
import io.supportflow.contracts.domain.PolicyViolation;
import io.supportflow.presets.PolicyDocuments;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.List;
import java.util.Map;
import io.supportflow.web.BodyTooLargeException;
import io.supportflow.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as RFC 9457 problem+json, never a stack trace: 400 with the fields at fault (the
 * path into the document, e.g. customers[2].contacts[0].email), 403, 404, 409; Spring's own
 * (415, 405, 406) come through the base class in the same shape.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final System.Logger LOG = System.getLogger(ProblemAdvice.class.getName());
  static final String TYPE_BASE = Problems.TYPE_BASE;

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    JacksonException jackson = cause(ex, JacksonException.class);
    PolicyViolation violation = cause(ex, PolicyViolation.class);
    if (cause(ex, BodyTooLargeException.class) != null) {
      return problemResponse(problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
          cause(ex, BodyTooLargeException.class).getMessage()));
    }
    if (violation != null) {
      String at = jackson == null ? "" : PolicyDocuments.path(jackson);
      return problemResponse(invalid(List.of(error(join(at, violation.field()), violation.problem()))));
    }
    if (jackson instanceof UnrecognizedPropertyException unknown) {
      return problemResponse(invalid(List.of(error(PolicyDocuments.path(unknown), "is not a field of this document"))));
    }
    if (jackson != null && !jackson.getPath().isEmpty()) {
      return problemResponse(invalid(List.of(error(PolicyDocuments.path(jackson), "has the wrong type or format"))));
    }
    return problemResponse(problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
        "The request body is not valid JSON or YAML for this endpoint."));
  }

  @ExceptionHandler(PolicyViolation.class)
  ResponseEntity<ProblemDetail> violation(PolicyViolation ex) {
    return problemEntity(invalid(List.of(error(ex.field(), ex.problem()))));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
    return problemEntity(problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException ex) {
    return problemEntity(problem(HttpStatus.CONFLICT, "conflict", "Conflict", ex.getMessage()));
  }

  @ExceptionHandler(TenantPrincipal.OtherTenantException.class)
  ResponseEntity<ProblemDetail> otherTenant(TenantPrincipal.OtherTenantException ex) {
    return problemEntity(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception ex) {
    LOG.log(Level.ERROR, "Unexpected error", ex);
    return problemEntity(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
        "Something went wrong on our side. Nothing was changed by a failed request; please try again."));
  }

  private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  private static ProblemDetail invalid(List<Map<String, String>> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        "The request has invalid fields; see errors.");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ResponseEntity<ProblemDetail> problemEntity(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field.isEmpty() ? "(body)" : field, "message", message);
  }

  private static String join(String at, String field) {
    if (at.isEmpty()) {
      return field;
    }
    return at.endsWith(field) ? at : at + "." + field;
  }

  private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
