package io.supportflow.intake.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a product version named in free text: "version 2.3.1", "v2.3", "release: 4.1.0-rc1". */
public final class VersionSpotter {

  private static final Pattern VERSION = Pattern.compile(
      "(?i)(?:\\b(?:version|ver\\.|release|build)\\s*[:#]?\\s*v?|\\bv)"
          + "(\\d{1,4}\\.\\d{1,4}(?:\\.\\d{1,6}){0,2}(?:-[A-Za-z0-9.]{1,20})?)(?![\\w.])");
  private static final int SCANNED = 20_000;

  private VersionSpotter() {}

  public static Optional<String> findIn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = VERSION.matcher(text.length() > SCANNED ? text.substring(0, SCANNED) : text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
