package io.supportflow.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** RFC 9457 problem+json written by a filter, before any controller or advice runs. */
public final class Problems {

  public static final String TYPE_BASE = "https://supportflow.io/problems/";

  private Problems() {}

  /** Writes a problem; {@code detail} must not carry caller input (it is not JSON-escaped). */
  public static void write(HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("""
        {"type":"%s%s","title":"%s","status":%d,"detail":"%s"}"""
        .formatted(TYPE_BASE, type, title, status, detail));
  }
}
