package io.supportflow.notification.domain;

/** A level of the escalation matrix reached, naming the person to tell. */
public record Escalation(String tenantId, String eventId, String caseId, String caseNumber, Priority priority,
    int level, String role, String personName, String personEmail, String reason) {}
