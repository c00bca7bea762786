package io.supportflow.intake.adapter.mail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces an HTML mail body to the text a person would read: scripts, styles and comments go,
 * block ends become line breaks, tags go, entities are decoded. Every pattern is linear on its
 * input (no nested quantifiers), and the input is bounded by the mail reader.
 */
final class HtmlText {

  private static final Pattern INVISIBLE = Pattern.compile("(?is)<!--.*?-->|<(script|style|head)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|table|blockquote)\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

  private HtmlText() {}

  static String of(String html) {
    String text = INVISIBLE.matcher(html).replaceAll(" ");
    text = BREAK.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = decodeEntities(text);
    text = SPACES.matcher(text).replaceAll(" ");
    text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
    return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
  }

  private static String decodeEntities(String text) {
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String entity(String name, String whole) {
    try {
      if (name.startsWith("#x") || name.startsWith("#X")) {
        return codePoint(Integer.parseInt(name.substring(2), 16), whole);
      }
      if (name.startsWith("#")) {
        return codePoint(Integer.parseInt(name.substring(1)), whole);
      }
    } catch (NumberFormatException e) {
      return whole;
    }
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "nbsp" -> " ";
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> whole;
    };
  }

  private static String codePoint(int cp, String whole) {
    return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : whole;
  }
}
