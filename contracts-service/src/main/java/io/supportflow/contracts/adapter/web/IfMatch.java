package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.domain.PolicyViolation;
import io.supportflow.web.IfMatchRevision;

/**
 * The policy revision an edit was made against, from the If-Match header (RFC 9110): the ETag that
 * GET answered, e.g. {@code "7"}. No header or {@code *} means "whatever is stored" (null); a
 * header that names no revision is a 400 rather than an edit applied blindly.
 */
final class IfMatch {

  static final String HEADER = IfMatchRevision.HEADER;

  private IfMatch() {}

  static Long revision(String header) {
    return IfMatchRevision.of(header,
        () -> new PolicyViolation(HEADER, "must be the ETag of the policy as GET answered it, e.g. \"7\""));
  }
}
