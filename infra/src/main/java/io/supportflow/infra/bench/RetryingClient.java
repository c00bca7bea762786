package io.supportflow.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a case through the portal API the way a careful client does while parts of the platform are
 * down: a failed attempt (no answer, 5xx, 429) is sent again under the same Idempotency-Key, so
 * however many attempts reach intake, there is one case. It waits as such a client does: 1 s,
 * doubling to 16 s, or what a 429's Retry-After asks; retrying every second would spend the key's
 * rate limit on retries while intake is slow, and turn a slow minute into refused requests.
 */
final class RetryingClient {

  private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");
  private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
  private static final Duration LONGEST_PAUSE = Duration.ofSeconds(16);

  /** The outcome of one request: its case number, or null when it was given up. */
  record Opened(String caseNumber, int attempts, String lastFailure) {}

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(3))
      .executor(Executors.newFixedThreadPool(4, daemon("chaos-http")))
      .build();
  private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(daemon("chaos-retry"));
  private final URI requests;
  private final String apiKey;
  private final String reporter;
  private final Duration giveUpAfter;

  RetryingClient(URI intake, String apiKey, String reporter, Duration giveUpAfter) {
    this.requests = intake.resolve("/api/v1/requests");
    this.apiKey = apiKey;
    this.reporter = reporter;
    this.giveUpAfter = giveUpAfter;
  }

  /** Sends request {@code n} of run {@code runId}, retrying until accepted or {@code giveUpAfter} passed. */
  CompletableFuture<Opened> open(String runId, int n) {
    CompletableFuture<Opened> result = new CompletableFuture<>();
    attempt(request(runId, n), System.nanoTime() + giveUpAfter.toNanos(), 1, result);
    return result;
  }

  private void attempt(HttpRequest request, long deadline, int attempt, CompletableFuture<Opened> result) {
    http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
      String problem;
      Duration pause = pauseBefore(attempt + 1);
      if (failure != null) {
        problem = failure.getClass().getSimpleName();
      } else {
        Matcher number = CASE_NUMBER.matcher(response.body());
        if (response.statusCode() / 100 == 2 && number.find()) {
          result.complete(new Opened(number.group(1), attempt, null));
          return;
        }
        problem = "HTTP " + response.statusCode();
        pause = retryAfter(response).orElse(pause);
        if (response.statusCode() / 100 == 4 && response.statusCode() != 429 && response.statusCode() != 408) {
          result.complete(new Opened(null, attempt, problem)); // the request itself is wrong: no retry helps
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        result.complete(new Opened(null, attempt, problem));
        return;
      }
      retries.schedule(() -> attempt(request, deadline, attempt + 1, result), pause.toMillis(), TimeUnit.MILLISECONDS);
    });
  }

  /** The wait before attempt {@code next} (2 or later): 1 s, doubling up to 16 s. */
  static Duration pauseBefore(int next) {
    Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(next - 2, 4));
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }

  /** A Retry-After in seconds (the form intake sends), bounded by the longest pause. */
  private static java.util.Optional<Duration> retryAfter(HttpResponse<String> response) {
    return response.headers().firstValue("Retry-After").filter(v -> v.matches("\\d{1,6}"))
        .map(v -> Duration.ofSeconds(Math.min(Long.parseLong(v), LONGEST_PAUSE.toSeconds())));
  }

  private HttpRequest request(String runId, int n) {
    String body = """
        {"reporter":{"name":"Chaos Reporter","email":"%s"},\
        "subject":"Chaos %s-%d: the nightly export stops",\
        "description":"The nightly export stops with a timeout for a third of our shops. Request %d of chaos run %s.",\
        "severity":"P3"}""".formatted(reporter, runId, n, n, runId);
    return HttpRequest.newBuilder(requests)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("X-API-Key", apiKey)
        .header("Idempotency-Key", "chaos-" + runId + "-" + n)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
