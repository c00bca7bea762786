package io.supportflow.contracts.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What entitlement needs to know about a request besides who sent it. language, category,
 * product and version are null when the channel did not say; then they are read from the subject
 * and text (the mail, the call notes, the portal text, the alert), which are null when there are none.
 * learned is a product (or a version of the case's product) that a later customer reply named
 * where the request left a gap ({@link ProductMention#learnedFrom}); null for a first decision.
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
    String text,
    ProductMention learned) {

  public RequestFacts {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** The facts of a request as received, nothing learned since. */
  public RequestFacts(Channel channel, Priority priority, String language, String category, String product,
      String version, Instant receivedAt, String subject, String text) {
    this(channel, priority, language, category, product, version, receivedAt, subject, text, null);
  }

  /** The same request at the priority support has set since. */
  public RequestFacts withPriority(Priority now) {
    return new RequestFacts(channel, now, language, category, product, version, receivedAt, subject, text, learned);
  }

  /** The same request with what a later reply named. */
  public RequestFacts withLearned(ProductMention mention) {
    return new RequestFacts(channel, priority, language, category, product, version, receivedAt, subject, text, mention);
  }
}
