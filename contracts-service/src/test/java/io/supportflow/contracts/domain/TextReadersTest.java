package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The three readers of a request's text: product and version, language, category. */
class TextReadersTest {

  private static final Product SHOP = new Product("shop", "Shop",
      List.of(new VersionLine("2.4", LocalDate.of(2026, 2, 1), null)), List.of());
  private static final Product LEDGER = new Product("ledger", "Ledger Server",
      List.of(new VersionLine("3.1", LocalDate.of(2025, 2, 1), null)), List.of());
  private static final List<Product> CATALOGUE = List.of(SHOP, LEDGER);

  // --- product and version ---

  @ParameterizedTest(name = "\"{0}\" names {1} {2}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "Shop 2.4.0 crashes|Shop|2.4.0",
    "shop 2.4 is slow|Shop|2.4",
    "Crash in Shop 2.4.0-rc1.|Shop|2.4.0-rc1",
    "Our ledger   server v3.1 stops|Ledger Server|3.1",
    "Shop (version: 2.4.1) fails|Shop|2.4.1",
    "Shop, release 2.4.0-SNAPSHOT|Shop|2.4.0-SNAPSHOT",
    "Shop versie 2.4.2 werkt niet|Shop|2.4.2",
    "Shop fails since 09:12 and costs 12 EUR|Shop|-",
  })
  void aKnownProductAndTheVersionWrittenAfterItAreRead(String subject, String product, String version) {
    ProductMention mention = ProductMention.find(CATALOGUE, subject, null, Channel.EMAIL).orElseThrow();

    assertThat(mention.product().name()).isEqualTo(product);
    assertThat(mention.version()).isEqualTo(version);
    assertThat(mention.where()).isEqualTo("the subject");
  }

  @Test
  void theSubjectIsReadBeforeTheTextAndInEachTheFirstProductNamedWins() {
    assertThat(ProductMention.find(CATALOGUE, "Ledger Server 3.1 down", "Shop 2.4.0 too", Channel.PHONE))
        .hasValueSatisfying(m -> assertThat(m.product()).isEqualTo(LEDGER));
    assertThat(ProductMention.find(CATALOGUE, "Help", "Both Shop 2.4.0 and Ledger Server 3.1 fail", Channel.PHONE))
        .hasValueSatisfying(m -> {
          assertThat(m.product()).isEqualTo(SHOP);
          assertThat(m.where()).isEqualTo("the call notes");
        });
  }

  @Test
  void aNameInsideAnotherWordOrAnUnknownProductIsNoProduct() {
    assertThat(ProductMention.find(CATALOGUE, "Workshop 2.4 and Shopify 3.0", "Webstore 1.2 fails", Channel.PORTAL))
        .isEmpty();
  }

  // --- language ---

  @Test
  void theLanguageIsGuessedOnlyWhenOneClearlyLeads() {
    assertThat(LanguageGuess.of("The checkout is not working and we have no idea why, can you help with this?"))
        .contains("en");
    assertThat(LanguageGuess.of("Die Anwendung ist nicht erreichbar und wir können nicht arbeiten, ich bitte um Hilfe"))
        .contains("de");
    assertThat(LanguageGuess.of("Le serveur ne répond pas depuis ce matin et nous ne pouvons pas travailler"))
        .contains("fr");
    assertThat(LanguageGuess.of("De server reageert niet en wij kunnen niet inloggen sinds vanochtend"))
        .contains("nl");
    assertThat(LanguageGuess.of("Help!")).as("too few stop words").isEmpty();
    assertThat(LanguageGuess.of("Der Server ist nicht da und wir warten. The server is not there and we wait."))
        .as("no clear lead: 5 German against 5 English stop words").isEmpty();
  }

  // --- category ---

  private final ScopeClassifier classifier = new ScopeClassifier(false, List.of(
      new ScopeClassifier.CategoryKeywords(RequestCategory.INFRASTRUCTURE, List.of("down", "not responding", "timeout*")),
      new ScopeClassifier.CategoryKeywords(RequestCategory.CONFIGURATION, List.of("configur*", "setting*", "install*"))));

  @Test
  void theCategoryWithMostKeywordsFoundDecidesAndNamesThem() {
    assertThat(classifier.classify("Server down\nThe portal is NOT\n  responding since 10:00"))
        .contains(new ScopeClassifier.Classification(RequestCategory.INFRASTRUCTURE, List.of("down", "not responding")));
    assertThat(classifier.classify("Configuration: which settings does the install need?"))
        .contains(new ScopeClassifier.Classification(RequestCategory.CONFIGURATION,
            List.of("configur*", "setting*", "install*")));
  }

  @Test
  void keywordsMatchWholeWordsAndATieGoesToTheCategoryListedFirst() {
    assertThat(classifier.classify("The download of the report is slow")).isEmpty();
    assertThat(classifier.classify("After the install the cluster is down"))
        .hasValueSatisfying(c -> assertThat(c.category()).isEqualTo(RequestCategory.INFRASTRUCTURE));
  }

  @Test
  void aKeywordMustStartWithALetterOrDigitAndMayOnlyEndInAStar() {
    for (String bad : List.of("*down", "time*out", " ", "-x")) {
      assertThatThrownBy(() -> new ScopeClassifier.CategoryKeywords(RequestCategory.QUESTION, List.of(bad)))
          .as(bad).isInstanceOf(PolicyViolation.class);
    }
    assertThatThrownBy(() -> new ScopeClassifier(false, List.of(
        new ScopeClassifier.CategoryKeywords(RequestCategory.QUESTION, List.of("how do i")),
        new ScopeClassifier.CategoryKeywords(RequestCategory.QUESTION, List.of("why")))))
        .isInstanceOf(PolicyViolation.class);
  }
}
