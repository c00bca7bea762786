package io.supportflow.console.adapter.intake;

import io.supportflow.console.application.Intake;
import io.supportflow.console.application.IntakeRefusedException;
import io.supportflow.console.application.IntakeUnavailableException;
import io.supportflow.console.domain.CaseAction;
import io.supportflow.console.domain.ConsoleUser;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake's HTTP API: {@code GET /api/v1/whoami}, the agent actions under
 * {@code /api/v1/agent/cases/{n}/...}, customer replies and portal requests, each with the
 * person's own key in X-API-Key. Problems (RFC 9457) become {@link IntakeRefusedException}.
 */
public final class IntakeHttpClient implements Intake {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI base;
  private final Duration timeout;
  private final HttpClient http;

  public IntakeHttpClient(URI base, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public Optional<ConsoleUser> whoAmI(String key) {
    HttpResponse<String> answer = send(request("/api/v1/whoami", key).GET().build());
    if (answer.statusCode() == 401 || answer.statusCode() == 403) {
      return Optional.empty();
    }
    JsonNode me = body(answer);
    ConsoleUser.Role role;
    try {
      role = ConsoleUser.Role.valueOf(me.path("role").asString(""));
    } catch (IllegalArgumentException integrationOrUnknown) {
      return Optional.empty();
    }
    return Optional.of(new ConsoleUser(me.path("tenantId").asString(), me.path("tenantName").asString(""),
        role, me.path("subject").asString(), me.path("displayName").asString("")));
  }

  @Override
  public void act(String key, String caseNumber, CaseAction action) {
    String agentCase = "/api/v1/agent/cases/" + segment(caseNumber);
    Map<String, Object> body = new LinkedHashMap<>();
    String path = switch (action) {
      case CaseAction.Respond r -> {
        body.put("message", r.message());
        body.put("visibleToCustomer", r.visibleToCustomer());
        yield "/responses";
      }
      case CaseAction.ChangePriority p -> {
        body.put("priority", p.priority());
        body.put("customerConsent", p.customerConsent());
        body.put("reason", p.reason());
        yield "/priority";
      }
      case CaseAction.Hold h -> reason(body, h.reason(), "/hold");
      case CaseAction.Resume r -> reason(body, r.reason(), "/resume");
      case CaseAction.Resolve r -> reason(body, r.reason(), "/resolve");
      case CaseAction.Close c -> reason(body, c.reason(), "/close");
    };
    body(post(agentCase + path, key, body));
  }

  @Override
  public void reply(String key, String caseNumber, String message) {
    body(post("/api/v1/cases/" + segment(caseNumber) + "/replies", key, Map.of("message", message)));
  }

  @Override
  public String openRequest(String key, NewRequest request) {
    Map<String, Object> reporter = new LinkedHashMap<>();
    reporter.put("name", request.reporterName());
    reporter.put("email", request.reporterEmail());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reporter", reporter);
    body.put("subject", request.subject());
    body.put("description", request.description());
    if (request.severity() != null && !request.severity().isBlank()) {
      body.put("severity", request.severity());
    }
    return body(post("/api/v1/requests", key, body)).path("caseNumber").asString();
  }

  private static String reason(Map<String, Object> body, String reason, String path) {
    if (reason != null && !reason.isBlank()) {
      body.put("reason", reason);
    }
    return path;
  }

  private HttpResponse<String> post(String path, String key, Map<String, Object> body) {
    return send(request(path, key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
  }

  private HttpRequest.Builder request(String path, String key) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
        .header("X-API-Key", key).header("Accept", "application/json, application/problem+json");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IntakeUnavailableException("intake did not answer " + request.uri().getPath(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IntakeUnavailableException("interrupted while calling intake", e);
    }
  }

  /** The answer's JSON body, or the problem it carries as an exception. */
  private static JsonNode body(HttpResponse<String> answer) {
    int status = answer.statusCode();
    if (status >= 500) {
      throw new IntakeUnavailableException("intake answered " + status, null);
    }
    JsonNode json;
    try {
      json = answer.body() == null || answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
    } catch (JacksonException e) {
      json = JSON.createObjectNode();
    }
    if (status >= 400) {
      String type = json.path("type").asString("");
      throw new IntakeRefusedException(status, type.substring(type.lastIndexOf('/') + 1),
          json.path("title").asString(null), json.path("detail").asString(null));
    }
    return json;
  }

  private static String segment(String caseNumber) {
    return URLEncoder.encode(caseNumber, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
