package io.supportflow.intake.domain;

import java.util.Locale;

/**
 * The one cleaning every channel's text goes through (portal, mail, phone, alerts, agent API), so
 * the same characters meet the same fate wherever they arrive.
 *
 * <p>One-line fields (subjects, names, summaries, labels): line breaks and separators (CR, LF, TAB,
 * VT, FF, NEL, U+2028, U+2029) become one space, and invisible formatting (zero-width characters,
 * bidi marks) is removed; honest text carries them from folded mail headers and copy-paste, and
 * the cleaned line reads the same. Other control characters (C0, DEL, C1) and bidi embeddings,
 * overrides and isolates (U+202A-U+202E, U+2066-U+2069) are refused: no honest one-line text needs
 * them, and they hide or reorder what a person reads (a case number, an address) or attack the
 * terminals and logs that show it. Removing them silently would change what the sender meant.
 *
 * <p>Multi-line text (descriptions, replies, reasons) keeps its line breaks (each becomes LF) and
 * tabs, and loses every other control, bidi and zero-width character: bodies come from mail
 * converters and editors, where such noise is common and refusing the whole text would lose the
 * request.
 */
public final class InputHygiene {

  private InputHygiene() {}

  /** The line cleaned, collapsed and stripped; null stays null. */
  public static String oneLine(String field, String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (lineBreak(cp) || cp == '\t' || cp == ' ') {
        space = out.length() > 0;
      } else if (invisible(cp)) {
        // removed: nothing a reader sees
      } else if (control(cp) || bidiControl(cp)) {
        throw new RefusedTextException(field, "contains the invisible control character "
            + String.format(Locale.ROOT, "U+%04X", cp) + "; send it as plain text");
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** The text with its line breaks as LF and tabs kept; every other invisible character removed. */
  public static String multiLine(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\r') {
        out.append('\n');
        if (i < text.length() && text.charAt(i) == '\n') {
          i++;
        }
      } else if (lineBreak(cp)) {
        out.append('\n');
      } else if (cp == '\t') {
        out.append('\t');
      } else if (!invisible(cp) && !control(cp) && !bidiControl(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * A label or annotation name of an alert: one line, 1-200 characters, not starting with '$'
   * (an operator in any document store that might keep the labels as keys).
   */
  public static String labelKey(String key) {
    String clean = oneLine("labels", key);
    if (clean == null || clean.isEmpty() || clean.length() > 200) {
      throw new RefusedTextException("labels", "a label name must be 1-200 characters");
    }
    if (clean.startsWith("$")) {
      throw new RefusedTextException("labels", "a label name may not start with '$': " + clean.substring(1));
    }
    return clean;
  }

  static boolean lineBreak(int cp) {
    return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  }

  /** Zero-width characters, bidi marks and the byte-order mark: invisible, never meaningful alone. */
  static boolean invisible(int cp) {
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF
        || cp == 0x061C || cp == 0x180E;
  }

  static boolean control(int cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
  }

  /** Embeddings, overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI). */
  static boolean bidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
  }
}
