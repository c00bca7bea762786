package io.supportflow.intake.domain.incident;

import io.supportflow.intake.domain.InvalidActivityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The surge rule: {@code cases} cases of the tenant's customers on the same product, received within
 * the last {@code within}, are one incident. Only cases whose customer is known count (a stranger's
 * mail naming the product is not a customer's outage, and the incident's updates would go to them);
 * only cases still being worked on count. The window ends now, on the clock: a decision read late
 * (a consumer catching up) does not make old cases a surge of today.
 */
public record ProductSurge(int cases, Duration within) {

  public static final int MIN_CASES = 2;
  public static final int MAX_CASES = 1_000;
  public static final Duration LONGEST = Duration.ofHours(24);

  public ProductSurge {
    if (cases < MIN_CASES || cases > MAX_CASES) {
      throw new InvalidActivityException("productSurge.cases", "must be " + MIN_CASES + " to " + MAX_CASES);
    }
    if (within == null || within.compareTo(Duration.ofMinutes(1)) < 0 || within.compareTo(LONGEST) > 0) {
      throw new InvalidActivityException("productSurge.withinMinutes", "must be 1 to " + LONGEST.toMinutes());
    }
  }

  /** Whether a case received then is inside the window that ends now. */
  public boolean inWindow(Instant receivedAt, Clock clock) {
    return receivedAt.isAfter(clock.instant().minus(within));
  }

  /**
   * The customers' cases on the product inside the window, oldest first, when there are at least
   * {@code cases} of them; else none: no surge.
   */
  public List<CaseOnProduct> surging(List<CaseOnProduct> onProduct, Clock clock) {
    List<CaseOnProduct> counted = onProduct.stream()
        .filter(c -> c.customerId() != null && !c.customerId().isBlank())
        .filter(c -> inWindow(c.receivedAt(), clock))
        .sorted(Comparator.comparing(CaseOnProduct::receivedAt))
        .toList();
    return counted.size() >= cases ? counted : List.of();
  }

  /** The incident's title: "Shop: 5 cases within 15 minutes". */
  public static String title(String productName, int count, Duration within) {
    return Incident.titleFrom(productName + ": " + count + " cases within " + within.toMinutes() + " minutes");
  }
}
