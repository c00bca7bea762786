package io.supportflow.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Intake as the console sees it, over real HTTP on a free port: {@code GET /api/v1/whoami} for the
 * keys it was given, and the agent actions, customer replies and portal requests, each recorded.
 * Closing a case that is not resolved is refused as intake refuses it (409 illegal-transition).
 */
public final class StandInIntake implements AutoCloseable {

  /** One call the console forwarded: method, path, the key it carried and the JSON body. */
  public record Call(String method, String path, String key, String body) {}

  private record Holder(String tenantId, String role, String subject) {}

  private final HttpServer server;
  private final Map<String, Holder> keys = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile Consumer<Call> onAction = call -> { };

  public StandInIntake() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/api/v1/", this::handle);
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public StandInIntake key(String key, String tenantId, String role, String subject) {
    keys.put(key, new Holder(tenantId, role, subject));
    return this;
  }

  /** What the test does when an action is accepted, e.g. apply it to the read model as the stream would. */
  public void onAction(Consumer<Call> then) {
    this.onAction = then;
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public void reset() {
    calls.clear();
    onAction = call -> { };
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String key = exchange.getRequestHeaders().getFirst("X-API-Key");
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Holder holder = key == null ? null : keys.get(key);
      if (holder == null) {
        problem(exchange, 401, "unauthenticated", "Authentication required", "Send an API key.");
        return;
      }
      if (exchange.getRequestMethod().equals("GET") && path.equals("/api/v1/whoami")) {
        answer(exchange, 200, """
            {"tenantId":"%s","tenantName":"%s Support","role":"%s","subject":"%s","displayName":"%s"}"""
            .formatted(holder.tenantId(), holder.tenantId().toUpperCase(), holder.role(), holder.subject(),
                holder.subject()));
        return;
      }
      Call call = new Call(exchange.getRequestMethod(), path, key, body);
      calls.add(call);
      if (path.endsWith("/close")) {
        problem(exchange, 409, "illegal-transition", "Not possible in the case's status",
            "Only a resolved case can be closed.");
        return;
      }
      if (path.equals("/api/v1/requests")) {
        answer(exchange, 201, "{\"caseId\":\"c-new\",\"caseNumber\":\"ACME-900\"}");
        return;
      }
      onAction.accept(call);
      answer(exchange, 201, "{\"activityId\":\"a-1\"}");
    }
  }

  private static void problem(HttpExchange exchange, int status, String type, String title, String detail)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
    send(exchange, status, """
        {"type":"https://supportflow.io/problems/%s","title":"%s","status":%d,"detail":"%s"}"""
        .formatted(type, title, status, detail));
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    send(exchange, status, json);
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
