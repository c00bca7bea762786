package io.supportflow.escalation.domain;

/** Priority of a case, P1 the most urgent. */
public enum Priority { P1, P2, P3, P4 }
