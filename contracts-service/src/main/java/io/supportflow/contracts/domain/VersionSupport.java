package io.supportflow.contracts.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a product version is supported on a day. A version line is supported until 2 years
 * after the next line's first release (2.2.x until 2 years after 2.3.0), unless its end of life is
 * set explicitly; the newest line has none. Beta, release-candidate, milestone and SNAPSHOT builds
 * and customised builds are never supported.
 */
public final class VersionSupport {

  public static final int YEARS_AFTER_NEXT_LINE = 2;
  private static final Pattern VERSION =
      Pattern.compile("v?([0-9]{1,6}(?:\\.[0-9]{1,6}){0,3})(?:[-.+_ ]?(.*))?");
  private static final Pattern PRE_RELEASE = Pattern.compile(
      "(?i).*\\b(alpha\\d*|a\\d+|beta\\d*|b\\d+|rc\\d*|cr\\d*|m\\d+|milestone\\d*|preview\\d*|snapshot|dev\\d*|nightly)\\b.*");
  private static final Pattern CUSTOMISED = Pattern.compile("(?i).*\\b(custom|customi[sz]ed)\\b.*");

  public enum Status { SUPPORTED, END_OF_LIFE, PRE_RELEASE, CUSTOMISED, UNKNOWN_VERSION }

  /** The verdict, with the line found and the day its support ends (null while open-ended). */
  public record Verdict(Status status, String line, LocalDate endOfLife) {}

  public Verdict of(Product product, String version, LocalDate day) {
    String v = version.strip();
    if (product.customisedBuilds().stream().anyMatch(b -> b.equalsIgnoreCase(v))
        || CUSTOMISED.matcher(v).matches()) {
      return new Verdict(Status.CUSTOMISED, null, null);
    }
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      return new Verdict(Status.UNKNOWN_VERSION, null, null);
    }
    String qualifier = m.group(2) == null ? "" : m.group(2);
    if (PRE_RELEASE.matcher(qualifier.replace('-', ' ').replace('.', ' ')).matches()) {
      return new Verdict(Status.PRE_RELEASE, null, null);
    }
    Optional<VersionLine> line = lineOf(product, m.group(1));
    if (line.isEmpty()) {
      return new Verdict(Status.UNKNOWN_VERSION, null, null);
    }
    LocalDate endOfLife = endOfLife(product, line.get());
    Status status = endOfLife != null && day.isAfter(endOfLife) ? Status.END_OF_LIFE : Status.SUPPORTED;
    return new Verdict(status, line.get().line(), endOfLife);
  }

  /** The explicit end of life, else 2 years after the next line's first release; null for the newest. */
  public LocalDate endOfLife(Product product, VersionLine line) {
    if (line.endOfLifeOn() != null) {
      return line.endOfLifeOn();
    }
    return product.lines().stream()
        .filter(other -> NUMERIC.compare(other.line(), line.line()) > 0)
        .min(Comparator.comparing(VersionLine::line, NUMERIC))
        .map(next -> next.firstReleasedOn().plusYears(YEARS_AFTER_NEXT_LINE))
        .orElse(null);
  }

  /** The most specific line the version belongs to: 2.2.7 is in 2.2 (and in 2, if only that is listed). */
  private static Optional<VersionLine> lineOf(Product product, String numbers) {
    return product.lines().stream()
        .filter(l -> numbers.equals(l.line()) || numbers.startsWith(l.line() + "."))
        .max(Comparator.comparingInt(l -> l.line().length()));
  }

  private static final Comparator<String> NUMERIC = (a, b) -> {
    int[] x = parts(a);
    int[] y = parts(b);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  private static int[] parts(String line) {
    return Arrays.stream(line.split("\\.")).mapToInt(Integer::parseInt).toArray();
  }
}
