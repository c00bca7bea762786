package io.supportflow.console.application;

import io.supportflow.console.domain.ConsoleUser;
import java.io.Serial;
import java.io.Serializable;

/**
 * A console session's holder: who intake said the key belongs to, and the key itself, kept on the
 * server in the session only (never in a cookie, a page or a log) to forward actions with.
 */
public record SignedIn(ConsoleUser user, String key) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public String tenantId() {
    return user.tenantId();
  }

  @Override
  public String toString() {
    return "SignedIn[" + user + ", key=(hidden)]";
  }
}
