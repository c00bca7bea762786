package io.supportflow.intake.application;

import io.supportflow.intake.domain.SupportCase;

/**
 * A case just opened, the id of the event that announces it, the channel's reference and the
 * origin key that opened it (null when none: such a request is not idempotent).
 */
public record OpenedCase(SupportCase supportCase, String requestEventId, String correlationKey, String originKey) {}
