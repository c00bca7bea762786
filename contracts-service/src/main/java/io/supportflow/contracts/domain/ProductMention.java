package io.supportflow.contracts.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product of the tenant's catalogue named in a request's text, with the version written right
 * after its name when there is one: "Shop 2.4.0-rc1", "Shop version 2.4", "Shop v3.1",
 * "Shop (release 2.3.1)". Only a known product name counts; the subject is read before the text,
 * and in each the first product named wins.
 *
 * @param version null when no version follows the name
 * @param where "the subject" or the text's name on its channel ("the mail", "the call notes")
 */
public record ProductMention(Product product, String version, String where) {

  private static final Pattern VERSION_AFTER_NAME = Pattern.compile(
      "[ ,:(\\[-]{0,4}(?:(?:version|versie|ver\\.?|release|rel\\.|build)[ ]?[:#]?[ ]?)?v?"
          + "(\\d{1,6}(?:\\.\\d{1,6}){1,3}(?:[-+_.]?[a-z][a-z0-9]{0,20}(?:[-.][a-z0-9]{1,20}){0,2})?)"
          + "(?![\\p{L}\\p{N}])");

  /** How a decision names a customer's later reply it read a product from. */
  static final String IN_A_REPLY = "your reply";

  /** Names of fewer letters are too likely to be ordinary words or abbreviations. */
  static final int MIN_NAME = 2;

  static Optional<ProductMention> find(List<Product> catalogue, String subject, String text, Channel channel) {
    return in(catalogue, new Wording(subject), "the subject")
        .or(() -> in(catalogue, new Wording(text), textName(channel)));
  }

  /**
   * What a customer's reply teaches about the case's product: a catalogue product when the case
   * names none (stated, read from its text or learned before; a version stated alone then applies to
   * it), else a version of its product when it names none. A product or version the case already has is never replaced, and a product the
   * request stated that the catalogue does not know stays the case's (nothing is learned for it).
   */
  public static Optional<ProductMention> learnedFrom(TenantPolicy policy, RequestFacts facts, String reply) {
    if (reply == null || reply.isBlank() || stated(facts.product()) && stated(facts.version())) {
      return Optional.empty();
    }
    ProductMention known = EntitlementQuestion.productRead(policy, facts);
    if (stated(facts.product())) {
      Optional<Product> product = policy.product(facts.product());
      if (product.isEmpty() || known != null) {
        return Optional.empty();
      }
      return in(List.of(product.get()), new Wording(reply), IN_A_REPLY).filter(m -> m.version() != null);
    }
    if (known == null) {
      return in(policy.products(), new Wording(reply), IN_A_REPLY);
    }
    if (known.version() != null || stated(facts.version())) {
      return Optional.empty();
    }
    return in(List.of(known.product()), new Wording(reply), IN_A_REPLY).filter(m -> m.version() != null);
  }

  private static boolean stated(String value) {
    return value != null && !value.isBlank();
  }

  private static Optional<ProductMention> in(List<Product> catalogue, Wording wording, String where) {
    ProductMention first = null;
    int firstAt = Integer.MAX_VALUE;
    for (Product product : catalogue) {
      String name = Wording.fold(product.name());
      if (name.length() < MIN_NAME) {
        continue;
      }
      int end = wording.find(name, false, 0);
      if (end >= 0 && end - name.length() < firstAt) {
        firstAt = end - name.length();
        first = new ProductMention(product, versionAfter(wording, end), where);
      }
    }
    return Optional.ofNullable(first);
  }

  private static String versionAfter(Wording wording, int end) {
    Matcher m = VERSION_AFTER_NAME.matcher(wording.folded()).region(end, wording.folded().length());
    // The version as written (its letters' case kept): folding kept every position.
    return m.lookingAt() ? wording.original().substring(m.start(1), m.end(1)) : null;
  }

  /** How the reason names the body of a request on each channel. */
  static String textName(Channel channel) {
    return switch (channel) {
      case EMAIL -> "the mail";
      case PHONE -> "the call notes";
      case PORTAL -> "the request text";
      case MONITORING -> "the alert";
    };
  }
}
