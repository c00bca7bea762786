package io.supportflow.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Opens cases through intake's portal API ({@code POST /api/v1/requests}) and, for a share of
 * them, as raw mail ({@code POST /api/v1/inbound-mail}), at a set rate; each case is then waited
 * for on {@code notification.events} until its acknowledgement was handed to SMTP.
 */
final class PipelineLoad {

  private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");

  /** What one step measured; latencies in microseconds. */
  record Step(double offeredRate, int sent, int accepted, int mail, Map<String, Integer> rejected, int acked,
      double seconds, double throughput, Latency accept, Latency endToEnd, Latency acceptedToAck,
      Map<String, Long> maxLag) {

    int missing() {
      return accepted - acked;
    }
  }

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .executor(Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "http-client");
        t.setDaemon(true);
        return t;
      }))
      .build();
  private final URI requests;
  private final URI inboundMail;
  private final String apiKey;
  private final String reporter;
  private final String deskAddress;
  private final AckWatcher acks;
  private final LagSampler lag;
  private final String runId = Long.toString(System.currentTimeMillis(), 36);
  private final AtomicInteger serial = new AtomicInteger();

  PipelineLoad(URI intake, String apiKey, String reporter, String deskAddress, AckWatcher acks, LagSampler lag) {
    this.requests = intake.resolve("/api/v1/requests");
    this.inboundMail = intake.resolve("/api/v1/inbound-mail");
    this.apiKey = apiKey;
    this.reporter = reporter;
    this.deskAddress = deskAddress;
    this.acks = acks;
    this.lag = lag;
  }

  /**
   * Sends {@code count} requests at {@code rate} a second ({@code mailShare} of them as mail), then
   * waits until every accepted case was acknowledged or {@code drain} passed without progress.
   */
  Step run(double rate, int count, double mailShare, int maxInFlight, Duration drain) throws InterruptedException {
    Histogram accept = Latency.histogram();
    Histogram endToEnd = Latency.histogram();
    Histogram acceptedToAck = Latency.histogram();
    Map<String, Integer> rejected = new ConcurrentHashMap<>();
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger acked = new AtomicInteger();
    AtomicInteger mails = new AtomicInteger();
    AtomicLong lastAck = new AtomicLong();
    Semaphore inFlight = new Semaphore(maxInFlight);
    lag.reset();
    long[] first = {0};
    AtomicInteger index = new AtomicInteger();

    OpenLoop.run(count, rate, inFlight, intended -> {
      int i = index.getAndIncrement();
      if (i == 0) {
        first[0] = intended;
      }
      boolean asMail = Math.floor((i + 1) * mailShare) > Math.floor(i * mailShare);
      if (asMail) {
        mails.incrementAndGet();
      }
      http.sendAsync(asMail ? mail() : portal(), HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, failure) -> {
            long answered = System.nanoTime();
            try {
              if (failure != null) {
                rejected.merge(failure.getClass().getSimpleName(), 1, Integer::sum);
                return;
              }
              Matcher number = CASE_NUMBER.matcher(response.body());
              if (response.statusCode() / 100 != 2 || !number.find()) {
                rejected.merge("HTTP " + response.statusCode(), 1, Integer::sum);
                return;
              }
              synchronized (accept) {
                accept.recordValue(micros(answered - intended));
              }
              accepted.incrementAndGet();
              acks.await(number.group(1), seen -> {
                synchronized (endToEnd) {
                  endToEnd.recordValue(micros(seen - intended));
                  acceptedToAck.recordValue(micros(seen - answered));
                }
                lastAck.accumulateAndGet(seen, Math::max);
                acked.incrementAndGet();
              });
            } finally {
              inFlight.release(); // after the counting: all permits back means every answer is counted
            }
          });
    });
    inFlight.acquire(maxInFlight); // every answer is in
    inFlight.release(maxInFlight);
    Drain.await(acked::get, accepted::get, drain);
    double seconds = Math.max(1e-9, (lastAck.get() - first[0]) / 1e9);
    synchronized (endToEnd) {
      return new Step(rate, count, accepted.get(), mails.get(), new TreeMap<>(rejected), acked.get(), seconds,
          acked.get() / seconds, Latency.of(accept), Latency.of(endToEnd), Latency.of(acceptedToAck), lag.max());
    }
  }

  private HttpRequest portal() {
    int n = serial.incrementAndGet();
    String body = """
        {"reporter":{"name":"Bench Reporter","email":"%s"},\
        "subject":"Bench %s-%d: order export fails for some shops",\
        "description":"Since this morning the nightly order export stops with a timeout for about a third \
        of our shops. Restarting the job does not help. Case %d of benchmark run %s.",\
        "severity":"P3"}""".formatted(reporter, runId, n, n, runId);
    return post(requests, "application/json", body);
  }

  private HttpRequest mail() {
    int n = serial.incrementAndGet();
    String mime = """
        From: Bench Reporter <%s>\r
        To: %s\r
        Subject: Bench %s-%d: order export fails for some shops\r
        Message-ID: <bench-%s-%d@northwind.example>\r
        Date: %s\r
        MIME-Version: 1.0\r
        Content-Type: text/plain; charset=UTF-8\r
        \r
        Since this morning the nightly order export stops with a timeout for about a third\r
        of our shops. Restarting the job does not help. Mail %d of benchmark run %s.\r
        """.formatted(reporter, deskAddress, runId, n, runId, n,
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()), n, runId);
    return post(inboundMail, "message/rfc822", mime);
  }

  /** What the intake channels are sent, with the bench tenant's key. */
  private HttpRequest post(URI uri, String contentType, String body) {
    return HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", contentType)
        .header("X-API-Key", apiKey)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private static long micros(long nanos) {
    return Math.max(1, nanos / 1000);
  }
}
