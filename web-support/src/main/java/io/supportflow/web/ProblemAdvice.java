package io.supportflow.web;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The base of every service's {@code @RestControllerAdvice}: every error as RFC 9457
 * problem+json, never a stack trace. What all services share is here: invalid fields listed by
 * their path, an unknown field named and refused, a body over its limit, an unreadable body, and
 * anything unexpected as a logged 500; Spring's own errors (404, 405, 415, ...) come through the
 * base class in the same shape. A service adds handlers only for its own exceptions.
 */
public class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final System.Logger LOG = System.getLogger(ProblemAdvice.class.getName());

  /** The detail of a body that is not JSON at all; a service may say more (e.g. "or YAML"). */
  protected String unreadableBodyDetail() {
    return "The request body is not valid JSON for this endpoint.";
  }

  /**
   * A body the converter could not read, mapped to a problem: a service's own reasons first
   * (override and fall back to this), then the kit's.
   */
  protected ProblemDetail unreadable(Throwable ex) {
    Optional<BodyTooLargeException> tooLarge = cause(ex, BodyTooLargeException.class);
    if (tooLarge.isPresent()) {
      return Problems.tooLarge(tooLarge.get().limit());
    }
    Optional<JacksonException> jackson = cause(ex, JacksonException.class);
    if (jackson.isPresent() && !jackson.get().getPath().isEmpty()) {
      ProblemDetail problem = Problems.invalid(List.of(new FieldProblem(path(jackson.get()),
          jackson.get() instanceof UnrecognizedPropertyException ? "is not a field of this document"
              : "has the wrong type or format")));
      problem.setDetail(unreadableBodyDetail() + " See errors.");
      return problem;
    }
    return Problems.problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body",
        unreadableBodyDetail());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return answer(unreadable(ex));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return answer(Problems.invalid(ex.getBindingResult().getFieldErrors().stream()
        .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage()))
        .toList()));
  }

  /** A body parsed by hand (after a webhook's signature is checked) fails like a converted one. */
  @ExceptionHandler(JacksonException.class)
  ResponseEntity<Object> unreadableJson(JacksonException ex) {
    return answer(unreadable(ex));
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ResponseEntity<Object> bodyTooLarge(BodyTooLargeException ex) {
    return answer(Problems.tooLarge(ex.limit()));
  }

  /** Fields checked by hand; one field's message is also the detail, so a client shows it as it is. */
  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<Object> invalidRequest(InvalidRequestException ex) {
    ProblemDetail problem = Problems.invalid(ex.errors());
    if (ex.errors().size() == 1) {
      problem.setDetail(ex.errors().getFirst().message());
    }
    return answer(problem);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex) {
    LOG.log(Level.ERROR, "Unexpected error", ex);
    return answer(Problems.internal());
  }

  /** The response of a problem: its status, always problem+json (also to a client that asked for YAML). */
  protected static ResponseEntity<Object> answer(ProblemDetail problem) {
    return Problems.answer(problem);
  }

  /** A service's own error answered in the kit's shape (a type under {@link Problems#TYPE_BASE}). */
  protected static ResponseEntity<Object> answer(HttpStatus status, String type, String title, String detail) {
    return answer(Problems.problem(status, type, title, detail));
  }

  /** The JSON path of a Jackson failure: {@code customers[2].contacts[0].email}. */
  public static String path(JacksonException e) {
    String path = e.getPath().stream()
        .filter(ref -> ref.getPropertyName() != null || ref.getIndex() >= 0)
        .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining());
    return path.startsWith(".") ? path.substring(1) : path;
  }

  protected static <T extends Throwable> Optional<T> cause(Throwable ex, Class<T> type) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }
}
