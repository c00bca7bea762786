package io.supportflow.intake.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a severity a mail states in words the scale knows: "[P1]" or "[SEV2]" in the subject,
 * or a "Severity: Urgent" / "Priority: high" line in the text.
 */
public final class StatedSeverity {

  private static final Pattern TAG = Pattern.compile("(?i)\\[\\s*((?:P|SEV[ -]?)[1-4])\\s*]");
  private static final Pattern LINE =
      // The word must end the line or a sentence: "Severity: Critical." counts, "Severity: Critical path" does not.
      Pattern.compile("(?im)^\\s*(?:severity|priority|sev)\\s*[:=]\\s*([A-Za-z]{1,10}(?:[ -]?\\d)?|\\d{2})\\s*(?:[.;!]|$)");
  private static final int SCANNED = 5_000;

  private StatedSeverity() {}

  public static Optional<String> findIn(String subject, String text) {
    if (subject != null) {
      Matcher tag = TAG.matcher(subject);
      if (tag.find()) {
        return Optional.of(tag.group(1));
      }
    }
    if (text != null) {
      Matcher line = LINE.matcher(text.length() > SCANNED ? text.substring(0, SCANNED) : text);
      while (line.find()) {
        if (SeverityScale.read(line.group(1)).isPresent()) {
          return Optional.of(line.group(1).strip());
        }
      }
    }
    return Optional.empty();
  }
}
