package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.domain.PolicyViolation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The policy revision an edit was made against, from the If-Match header (RFC 9110): the ETag that
 * GET answered, e.g. {@code "7"}. No header or {@code *} means "whatever is stored" (null); a
 * header that names no revision is a 400 rather than an edit applied blindly.
 */
final class IfMatch {

  static final String HEADER = "If-Match";

  private static final Pattern REVISION = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

  private IfMatch() {}

  static Long revision(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return null;
    }
    Matcher m = REVISION.matcher(header.strip());
    if (!m.matches()) {
      throw new PolicyViolation(HEADER, "must be the ETag of the policy as GET answered it, e.g. \"7\"");
    }
    return Long.parseLong(m.group(1));
  }
}
