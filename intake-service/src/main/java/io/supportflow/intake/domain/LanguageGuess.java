package io.supportflow.intake.domain;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A modest guess at the language of a text from its commonest small words. It answers only when
 * one language clearly leads, so a short or mixed text gets no language rather than a wrong one.
 */
public final class LanguageGuess {

  private static final Map<String, Set<String>> STOPWORDS = Map.of(
      "en", Set.of("the", "and", "is", "not", "we", "our", "with", "this", "are", "have", "of", "to", "it", "can"),
      "de", Set.of("der", "die", "das", "und", "ist", "nicht", "wir", "mit", "ein", "eine", "unser", "auf", "kann", "ich"),
      "nl", Set.of("de", "het", "een", "en", "is", "niet", "wij", "we", "met", "onze", "van", "kan", "ik", "werkt"),
      "fr", Set.of("le", "la", "les", "et", "est", "pas", "nous", "avec", "une", "notre", "des", "ne", "je", "sur"),
      "es", Set.of("el", "la", "los", "y", "es", "no", "nosotros", "con", "una", "nuestro", "del", "que", "se", "por"));
  private static final int SCANNED = 4_000;
  private static final int MIN_HITS = 3;

  private LanguageGuess() {}

  public static Optional<String> of(String text) {
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
