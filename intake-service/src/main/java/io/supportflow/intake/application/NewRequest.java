package io.supportflow.intake.application;

import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;

/** A request as a channel normalised it, before it has a case number. */
public record NewRequest(
    String tenantId,
    Channel channel,
    Reporter reporter,
    String subject,
    String description,
    String statedSeverity,
    Priority priority,
    String product,
    String version,
    String language,
    String correlationKey) {}
