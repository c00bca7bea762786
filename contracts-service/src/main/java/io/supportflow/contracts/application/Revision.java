package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.EntitlementOutcome;
import io.supportflow.contracts.domain.RedecisionTrigger;
import java.time.Instant;

/**
 * What makes a decision a re-decision: its version (2 and up), the instant it applies from, what
 * caused it (the trigger and that event's id) and the outcome of the decision it replaces.
 */
public record Revision(
    int version, Instant effectiveFrom, RedecisionTrigger trigger, String triggerEventId,
    EntitlementOutcome previousOutcome) {}
