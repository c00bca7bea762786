package io.supportflow.intake.adapter.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.supportflow.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests per minute per API key (a key may carry its own limit), or per client address when
 * unauthenticated (webhooks, failed keys). Over the limit: 429 with Retry-After in seconds.
 * Buckets live in this replica's memory, so N replicas allow up to N times the limit.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

  private static final int MAX_TRACKED = 100_000;

  private final int defaultPerMinute;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimitFilter(int defaultPerMinute) {
    this.defaultPerMinute = defaultPerMinute;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String key;
    int perMinute = defaultPerMinute;
    if (auth != null && auth.getPrincipal() instanceof CallerPrincipal caller) {
      key = "key:" + caller.caller().credentialId();
      if (caller.caller().ratePerMinute() != null) {
        perMinute = caller.caller().ratePerMinute();
      }
    } else {
      key = "ip:" + request.getRemoteAddr();
    }
    if (buckets.size() > MAX_TRACKED) {
      buckets.clear(); // bounded memory under a flood of distinct keys; limits restart, never grow
    }
    int capacity = perMinute;
    Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, Duration.ofMinutes(1)).build())
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
      response.setHeader("Retry-After", String.valueOf(seconds));
      Problems.write(response, 429, "too-many-requests", "Too many requests",
          "This key sent more than " + capacity + " requests in a minute; retry after " + seconds + " s.");
      return;
    }
    chain.doFilter(request, response);
  }
}
