package io.supportflow.escalation.domain;

import io.supportflow.timeline.Priority;
import java.time.Instant;

/** A level still ahead: reached at dueAt unless the case is resolved first. */
public record NextLevel(int level, Priority priority, String role, Person person, Instant dueAt) {}
