package io.supportflow.contracts.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What entitlement needs to know about a request besides who sent it. language, category,
 * product and version are null when the channel did not say; then they are read from the subject
 * and text (the mail, the call notes, the portal text, the alert), which are null when there are none.
 */
public record RequestFacts(
    Channel channel,
    Priority priority,
    String language,
    String category,
    String product,
    String version,
    Instant receivedAt,
    String subject,
    String text) {

  public RequestFacts {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }
}
