package io.supportflow.intake.adapter.web;

import java.time.Instant;

/** What the reporter gets back at once: above all, the case number. */
record OpenedCaseResponse(
    String caseId, String caseNumber, String status, String priority, Instant receivedAt) {}
