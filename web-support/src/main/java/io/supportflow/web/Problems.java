package io.supportflow.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shape of every error of every service: RFC 9457 problem+json with a type under
 * {@link #TYPE_BASE}, a title, the status and a detail; invalid requests list their fields in
 * {@code errors}. Built here for the advice and written here for what answers before it (filters,
 * the error page, Tomcat).
 */
public final class Problems {

  public static final String TYPE_BASE = "https://supportflow.io/problems/";
  public static final String INTERNAL_DETAIL =
      "Something went wrong on our side. Nothing you sent was lost or half-done; please try again.";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_BASE + type));
    problem.setTitle(title);
    return problem;
  }

  /** A 400 that names every field at fault, e.g. {@code reporter.email} or {@code customers[2].id}. */
  public static ProblemDetail invalid(List<FieldProblem> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
        "The request has invalid fields; see errors.");
    problem.setProperty("errors", errors);
    return problem;
  }

  public static ProblemDetail tooLarge(long limit) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
        "The request body is over the limit of " + limit + " bytes for this endpoint.");
  }

  public static ProblemDetail internal() {
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error", INTERNAL_DETAIL);
  }

  /** The response of a problem: its status, always problem+json (also to a client that asked for YAML). */
  public static ResponseEntity<Object> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  /** An edit refused for its revision, the current one beside it as ETag so a client knows what to edit against. */
  public static ResponseEntity<Object> answer(ProblemDetail problem, long currentRevision) {
    return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .eTag("\"" + currentRevision + "\"").body(problem);
  }

  /** Writes a problem where no controller runs; any text is JSON-escaped. */
  public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json(problem));
  }

  public static void write(HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    write(response, problem(HttpStatusCode.valueOf(status), type, title, detail));
  }

  static String json(ProblemDetail problem) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    return JSON.writeValueAsString(body);
  }
}
