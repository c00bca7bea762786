package io.supportflow.contracts.domain;

import java.util.Locale;

/**
 * A request's text prepared for the readers of its inputs (product, scope): cut to a bound,
 * folded to lower case character by character (so positions stay those of the original) and with
 * every white-space character a plain space. A phrase is found only as whole words: "down" is in
 * "server down" but not in "download"; a space in a phrase stands for any run of white space.
 */
final class Wording {

  /** Only the start of a long text is read: the subject and first paragraphs name what matters. */
  static final int SCANNED = 20_000;

  private final String original;
  private final String folded;

  Wording(String text) {
    String bounded = text == null ? "" : text.length() > SCANNED ? text.substring(0, SCANNED) : text;
    char[] chars = bounded.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.isWhitespace(chars[i]) ? ' ' : Character.toLowerCase(chars[i]);
    }
    this.original = bounded;
    this.folded = new String(chars);
  }

  String original() {
    return original;
  }

  String folded() {
    return folded;
  }

  /** A phrase as the readers compare it: lower case, single spaces. */
  static String fold(String phrase) {
    return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Where the first whole-word occurrence of a folded phrase at or after {@code from} ends, or -1.
   * With {@code prefix} the phrase's last word may go on ("configur" finds "configuration").
   */
  int find(String phrase, boolean prefix, int from) {
    for (int start = folded.indexOf(phrase.charAt(0), from); start >= 0;
        start = folded.indexOf(phrase.charAt(0), start + 1)) {
      if (start > 0 && isWordChar(folded.charAt(start - 1))) {
        continue;
      }
      int end = matchAt(phrase, start);
      if (end < 0) {
        continue;
      }
      if (prefix) {
        while (end < folded.length() && isWordChar(folded.charAt(end))) {
          end++;
        }
        return end;
      }
      if (end == folded.length() || !isWordChar(folded.charAt(end))) {
        return end;
      }
    }
    return -1;
  }

  private int matchAt(String phrase, int start) {
    int at = start;
    for (int i = 0; i < phrase.length(); i++) {
      char wanted = phrase.charAt(i);
      if (wanted == ' ') {
        if (at >= folded.length() || folded.charAt(at) != ' ') {
          return -1;
        }
        while (at < folded.length() && folded.charAt(at) == ' ') {
          at++;
        }
      } else if (at < folded.length() && folded.charAt(at) == wanted) {
        at++;
      } else {
        return -1;
      }
    }
    return at;
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }
}
