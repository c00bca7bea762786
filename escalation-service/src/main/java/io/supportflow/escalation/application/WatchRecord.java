package io.supportflow.escalation.application;

import io.supportflow.escalation.domain.WatchedCase;
import java.time.Instant;

/** A watched case as stored: the decision that put it under watch, and when. */
public record WatchRecord(WatchedCase watchedCase, String decisionEventId, Instant watchedAt) {}
