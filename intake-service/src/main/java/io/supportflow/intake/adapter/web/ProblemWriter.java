package io.supportflow.intake.adapter.web;

import io.supportflow.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Problems raised before a controller runs (security, size, rate), in the controllers' shape. */
public final class ProblemWriter {

  private ProblemWriter() {}

  public static AuthenticationEntryPoint unauthenticated() {
    return (request, response, ex) -> {
      response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeyAuthenticationFilter.HEADER + "\"");
      write(response, 401, "unauthenticated", "Authentication required",
          "Send an API key in the " + ApiKeyAuthenticationFilter.HEADER + " header (or as a Bearer token).");
    };
  }

  public static AccessDeniedHandler forbidden() {
    return (request, response, ex) ->
        write(response, 403, "forbidden", "Forbidden", "This key may not do that.");
  }

  static void write(HttpServletResponse response, int status, String type, String title, String detail)
      throws IOException {
    Problems.write(response, status, type, title, detail);
  }
}
