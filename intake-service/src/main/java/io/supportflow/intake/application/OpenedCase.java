package io.supportflow.intake.application;

import io.supportflow.intake.domain.SupportCase;

/** A case just opened, the id of the event that announces it, and the channel's reference. */
public record OpenedCase(SupportCase supportCase, String requestEventId, String correlationKey) {}
