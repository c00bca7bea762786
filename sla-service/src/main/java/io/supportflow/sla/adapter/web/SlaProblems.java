package io.supportflow.sla.adapter.web;

import io.supportflow.presets.PlanTermsException;
import io.supportflow.web.BodyTooLargeException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem+json for every error of the SLA API, field errors listed. */
@RestControllerAdvice
public class SlaProblems extends ResponseEntityExceptionHandler {

  private static final String TYPE_BASE = "https://supportflow.io/problems/";

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(invalid(ex.getBindingResult().getFieldErrors().stream()
        .map(e -> Map.of("field", e.getField(),
            "message", e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage()))
        .toList()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException tooLarge) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage());
        problem.setType(URI.create(TYPE_BASE + "payload-too-large"));
        problem.setTitle("Payload too large");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
      }
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request body is not valid JSON for this endpoint (times are ISO-8601 with an offset).");
    problem.setType(URI.create(TYPE_BASE + "unreadable-body"));
    problem.setTitle("Unreadable request body");
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(InvalidPreviewException.class)
  ResponseEntity<ProblemDetail> invalidField(InvalidPreviewException ex) {
    ProblemDetail problem = invalid(List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
    problem.setDetail(ex.getMessage());
    return ResponseEntity.badRequest().body(problem);
  }

  /** An unknown preset, tier or contract, or a policy document that does not give the terms: what there is instead. */
  @ExceptionHandler(PlanTermsException.class)
  ResponseEntity<ProblemDetail> unreadableTerms(PlanTermsException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    problem.setType(URI.create(TYPE_BASE + "unreadable-terms"));
    problem.setTitle("The terms cannot be read");
    problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> impossibleTimeline(IllegalArgumentException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
    problem.setType(URI.create(TYPE_BASE + "impossible-timeline"));
    problem.setTitle("The timeline cannot be evaluated");
    return ResponseEntity.unprocessableContent().body(problem);
  }

  private static ProblemDetail invalid(List<Map<String, String>> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "The request has invalid fields; see errors.");
    problem.setType(URI.create(TYPE_BASE + "invalid-request"));
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }
}
