package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.contracts.domain.VersionSupport.Status;
import io.supportflow.contracts.domain.VersionSupport.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionSupportTest {

  private final VersionSupport support = new VersionSupport();
  private final Product product = new Product("shop", "Shop", List.of(
      new VersionLine("2.2", LocalDate.of(2020, 1, 15), null),
      new VersionLine("2.3", LocalDate.of(2024, 3, 1), null),
      new VersionLine("2.10", LocalDate.of(2025, 9, 1), LocalDate.of(2030, 1, 1)),
      new VersionLine("2.4", LocalDate.of(2024, 9, 1), null)),
      List.of());

  @Test
  void aLineIsSupportedUntilTwoYearsAfterTheNextLinesFirstRelease() {
    assertThat(support.of(product, "2.2.9", LocalDate.of(2026, 3, 1)))
        .isEqualTo(new Verdict(Status.SUPPORTED, "2.2", LocalDate.of(2026, 3, 1)));
    assertThat(support.of(product, "2.2.9", LocalDate.of(2026, 3, 2)))
        .isEqualTo(new Verdict(Status.END_OF_LIFE, "2.2", LocalDate.of(2026, 3, 1)));
  }

  @Test
  void theNextLineIsTheNextNumericallyNotAlphabetically() {
    // 2.4 follows 2.3, although "2.10" sorts before "2.4" as text.
    assertThat(support.of(product, "2.3.0", LocalDate.of(2026, 1, 1)).endOfLife()).isEqualTo(LocalDate.of(2026, 9, 1));
  }

  @Test
  void anExplicitEndOfLifeWins() {
    assertThat(support.of(product, "2.10.3", LocalDate.of(2030, 1, 2)).status()).isEqualTo(Status.END_OF_LIFE);
  }

  @Test
  void theNewestLineHasNoEndOfLife() {
    Product single = new Product("p", "P", List.of(new VersionLine("1.0", LocalDate.of(2000, 1, 1), null)), List.of());

    assertThat(support.of(single, "1.0.7", LocalDate.of(2040, 1, 1)))
        .isEqualTo(new Verdict(Status.SUPPORTED, "1.0", null));
  }

  @Test
  void preReleaseBuildsAreRecognisedByTheirQualifier() {
    for (String v : List.of("2.4.0-beta", "2.4.0-beta.2", "2.4.0-rc1", "2.4.0.RC2", "2.4-SNAPSHOT", "2.4.0-M3", "2.4.0-alpha1")) {
      assertThat(support.of(product, v, LocalDate.of(2025, 1, 1)).status()).as(v).isEqualTo(Status.PRE_RELEASE);
    }
  }

  @Test
  void customisedBuildsAreRecognisedByNameOrListing() {
    Product listed = new Product("shop", "Shop", product.lines(), List.of("2.3.1-acme"));

    assertThat(support.of(listed, "2.3.1-acme", LocalDate.of(2025, 1, 1)).status()).isEqualTo(Status.CUSTOMISED);
    assertThat(support.of(product, "2.3.1-customized", LocalDate.of(2025, 1, 1)).status()).isEqualTo(Status.CUSTOMISED);
  }

  @Test
  void aVersionOfNoKnownLineIsLeftToTheAgent() {
    assertThat(support.of(product, "9.1", LocalDate.of(2025, 1, 1)).status()).isEqualTo(Status.UNKNOWN_VERSION);
    assertThat(support.of(product, "latest", LocalDate.of(2025, 1, 1)).status()).isEqualTo(Status.UNKNOWN_VERSION);
  }
}
