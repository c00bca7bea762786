package io.supportflow.intake.application;

import io.supportflow.intake.domain.SupportCase;

/**
 * A case just opened, the id of the event that announces it, the channel's reference and the
 * origin key that opened it (null when none: such a request is not idempotent). A case read back
 * from the store also carries the W3C traceparent of the request that opened it (null when there
 * was no trace), so a later announcement continues that trace.
 */
public record OpenedCase(SupportCase supportCase, String requestEventId, String correlationKey, String originKey,
    String traceparent) {

  public OpenedCase(SupportCase supportCase, String requestEventId, String correlationKey, String originKey) {
    this(supportCase, requestEventId, correlationKey, originKey, null);
  }
}
