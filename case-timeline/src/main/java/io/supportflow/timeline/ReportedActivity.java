package io.supportflow.timeline;

/** An event about a case; activity null for one the service's replay does not read (a note). */
public record ReportedActivity(String eventId, String caseId, String tenantId, String caseNumber,
    int partition, Activity activity) {}
