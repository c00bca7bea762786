package io.supportflow.intake.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.intake.domain.InvalidActivityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** N cases of one tenant's customers on the same product within M minutes, on a fixed clock. */
class ProductSurgeTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final ProductSurge THREE_IN_15 = new ProductSurge(3, Duration.ofMinutes(15));

  private static CaseOnProduct received(String id, String customer, Duration ago) {
    return new CaseOnProduct(id, "ACME-" + id, customer, NOW.minus(ago));
  }

  @Test
  void threeCustomersCasesWithinTheWindowAreASurgeOldestFirst() {
    List<CaseOnProduct> surge = THREE_IN_15.surging(List.of(
        received("c3", "globex", Duration.ofMinutes(1)),
        received("c1", "northwind", Duration.ofMinutes(14)),
        received("c2", "northwind", Duration.ofMinutes(7))), CLOCK);

    assertThat(surge).extracting(CaseOnProduct::caseId).containsExactly("c1", "c2", "c3");
  }

  @Test
  void aCaseReceivedBeforeTheWindowDoesNotCount() {
    assertThat(THREE_IN_15.surging(List.of(
        received("c1", "northwind", Duration.ofMinutes(15)),
        received("c2", "northwind", Duration.ofMinutes(7)),
        received("c3", "globex", Duration.ofMinutes(1))), CLOCK)).isEmpty();
    assertThat(THREE_IN_15.inWindow(NOW.minus(Duration.ofMinutes(15)), CLOCK)).isFalse();
    assertThat(THREE_IN_15.inWindow(NOW.minus(Duration.ofMinutes(15)).plusMillis(1), CLOCK)).isTrue();
  }

  @Test
  void theWindowEndsNowOnTheClockSoTheSameCasesReadAnHourLaterAreNoSurge() {
    List<CaseOnProduct> cases = List.of(received("c1", "northwind", Duration.ofMinutes(3)),
        received("c2", "northwind", Duration.ofMinutes(2)), received("c3", "globex", Duration.ofMinutes(1)));

    assertThat(THREE_IN_15.surging(cases, CLOCK)).hasSize(3);
    assertThat(THREE_IN_15.surging(cases, Clock.offset(CLOCK, Duration.ofHours(1)))).isEmpty();
  }

  @Test
  void casesWhoseCustomerIsUnknownDoNotCount() {
    assertThat(THREE_IN_15.surging(List.of(
        received("c1", "northwind", Duration.ofMinutes(3)),
        received("c2", null, Duration.ofMinutes(2)),
        received("c3", " ", Duration.ofMinutes(1))), CLOCK)).isEmpty();
  }

  @Test
  void theSettingsAreBounded() {
    assertThatThrownBy(() -> new ProductSurge(1, Duration.ofMinutes(15))).isInstanceOf(InvalidActivityException.class)
        .hasMessageContaining("2 to 1000");
    assertThatThrownBy(() -> new ProductSurge(3, Duration.ofSeconds(30))).isInstanceOf(InvalidActivityException.class);
    assertThatThrownBy(() -> new ProductSurge(3, Duration.ofHours(25))).isInstanceOf(InvalidActivityException.class);
    assertThat(ProductSurge.title("Shop", 3, Duration.ofMinutes(15))).isEqualTo("Shop: 3 cases within 15 minutes");
  }
}
