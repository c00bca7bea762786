package io.supportflow.contracts.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small, bounded guess at the language of a request whose channel did not state one, from its
 * commonest small words (stop words). It knows English, Dutch, German, French and Spanish, reads
 * the first {@value #SCANNED} characters, and answers only when it is sure enough: the leading
 * language has at least {@value #MIN_HITS} stop words and at least half again as many as the
 * runner-up, plus one. Otherwise it says nothing, and the language rule falls back to the
 * contact's or customer's language as it does for a request that states none.
 */
final class LanguageGuess {

  static final int SCANNED = 4_000;
  static final int MIN_HITS = 3;
  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "is", "not", "we", "our", "with", "this", "are", "have", "of", "to", "it", "can",
          "since", "does", "when", "after"),
      "nl", Set.of("de", "het", "een", "en", "is", "niet", "wij", "we", "met", "onze", "van", "kan", "ik", "werkt",
          "sinds", "geen", "bij", "na"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "wir", "mit", "ein", "eine", "unser", "auf", "kann",
          "ich", "seit", "kein", "bei", "nach"),
      "fr", Set.of("le", "la", "les", "et", "est", "pas", "nous", "avec", "une", "notre", "des", "ne", "je", "sur",
          "depuis", "dans", "ce", "après"),
      "es", Set.of("el", "la", "los", "y", "es", "no", "nosotros", "con", "una", "nuestro", "del", "que", "se",
          "por", "desde", "muy", "para", "después"));

  private LanguageGuess() {}

  /** The primary language subtag ("de"), or empty when no language clearly leads. */
  static Optional<String> of(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String sample = text.length() > SCANNED ? text.substring(0, SCANNED) : text;
    Map<String, Integer> hits = new HashMap<>();
    for (String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      STOPWORDS.forEach((language, words) -> {
        if (words.contains(word)) {
          hits.merge(language, 1, Integer::sum);
        }
      });
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    return first >= MIN_HITS && first >= second * 3 / 2 + 1 ? Optional.of(best) : Optional.empty();
  }
}
