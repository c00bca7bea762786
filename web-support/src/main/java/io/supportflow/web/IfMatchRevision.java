package io.supportflow.web;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The revision an edit was made against, from the If-Match header (RFC 9110): the ETag a read
 * answered, e.g. {@code "7"} or {@code W/"7"}. No header or {@code *} means "whatever is stored"
 * (null). A header that names no revision is refused with the caller's own exception, so each API
 * keeps its error shape rather than an edit being applied blindly.
 */
public final class IfMatchRevision {

  public static final String HEADER = "If-Match";

  private static final Pattern REVISION = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

  private IfMatchRevision() {}

  public static Long of(String header, Supplier<? extends RuntimeException> malformed) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return null;
    }
    Matcher m = REVISION.matcher(header.strip());
    if (!m.matches()) {
      throw malformed.get();
    }
    return Long.parseLong(m.group(1));
  }
}
