package io.supportflow.contracts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's rules for reading what a request is about when the channel did not say: per
 * category, the words and phrases that mark it. A keyword matches whole words, case-insensitively
 * ("server down", "unreachable"); one ending in {@code *} matches any word it starts
 * ("configur*"). The category with the most different keywords found decides, the one listed
 * first on a tie; the decision names the words that decided it.
 *
 * @param unclassifiedPasses whether a request that no keyword classifies passes an
 *     infrastructure-only plan's scope; off unless the tenant says so
 */
public record ScopeClassifier(boolean unclassifiedPasses, List<CategoryKeywords> categories) {

  /** No keywords, and unclassified requests do not pass a limited scope. */
  public static final ScopeClassifier NONE = new ScopeClassifier(false, List.of());

  public ScopeClassifier {
    categories = Checks.list("categories", categories, RequestCategory.values().length);
    Checks.unique("categories", categories, c -> c.category().name());
  }

  /** The words that mark one category. */
  public record CategoryKeywords(RequestCategory category, List<String> keywords) {

    static final int MAX_KEYWORDS = 100;
    static final int MAX_KEYWORD = 60;

    public CategoryKeywords {
      Checks.required("category", category);
      String field = "categories[" + category + "].keywords";
      keywords = Checks.list(field, keywords, MAX_KEYWORDS).stream()
          .map(k -> keyword(field, k)).toList();
      Checks.unique(field, keywords, Wording::fold);
    }

    private static String keyword(String field, String given) {
      String k = Checks.text(field, given, MAX_KEYWORD);
      String bare = k.endsWith("*") ? k.substring(0, k.length() - 1) : k;
      if (bare.isEmpty() || !Wording.isWordChar(bare.charAt(0)) || bare.contains("*")) {
        throw new PolicyViolation(field, "'" + k + "' must start with a letter or digit, and may only end in '*'");
      }
      return k;
    }

    /** The keywords found in the text, as the tenant wrote them. */
    List<String> foundIn(Wording text) {
      List<String> found = new ArrayList<>();
      for (String keyword : keywords) {
        boolean prefix = keyword.endsWith("*");
        String phrase = Wording.fold(prefix ? keyword.substring(0, keyword.length() - 1) : keyword);
        if (text.find(phrase, prefix, 0) >= 0) {
          found.add(keyword);
        }
      }
      return found;
    }
  }

  /** The category the text was read as, and the keywords that decided it. */
  public record Classification(RequestCategory category, List<String> words) {}

  /** Reads a request's subject and text (as one); empty when no keyword is found. */
  public Optional<Classification> classify(String text) {
    Wording wording = new Wording(text);
    Classification best = null;
    for (CategoryKeywords category : categories) {
      List<String> found = category.foundIn(wording);
      if (!found.isEmpty() && (best == null || found.size() > best.words().size())) {
        best = new Classification(category.category(), found);
      }
    }
    return Optional.ofNullable(best);
  }
}
