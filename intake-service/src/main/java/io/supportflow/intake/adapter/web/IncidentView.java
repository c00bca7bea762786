package io.supportflow.intake.adapter.web;

import io.supportflow.intake.domain.incident.Incident;
import java.time.Instant;
import java.util.List;

/** A major incident as agents read it: its status, its cases and its history. */
record IncidentView(String incidentId, String title, String status, Instant openedAt, String openedBy, String origin,
    Instant resolvedAt, long revision, List<Case> cases, List<Update> updates) {

  record Case(String caseNumber, String caseId, String reporterEmail, Instant linkedAt, String linkedBy,
      String reason) {}

  record Update(String updateId, Instant at, String actor, String message, String status, String previousStatus) {}

  /** One line of a list: without the cases and the history. */
  record Summary(String incidentId, String title, String status, Instant openedAt, String origin, int cases,
      Instant resolvedAt, long revision) {

    static Summary of(Incident i) {
      return new Summary(i.incidentId(), i.title(), i.status().name(), i.openedAt(), i.origin().name(),
          i.cases().size(), i.resolvedAt(), i.revision());
    }
  }

  record Summaries(List<Summary> incidents) {}

  static IncidentView of(Incident i) {
    return new IncidentView(i.incidentId(), i.title(), i.status().name(), i.openedAt(), i.openedBy(),
        i.origin().name(), i.resolvedAt(), i.revision(),
        i.cases().stream().map(c -> new Case(c.caseNumber(), c.caseId(), c.reporter().email(), c.linkedAt(),
            c.linkedBy(), c.reason().name())).toList(),
        i.updates().stream().map(u -> new Update(u.updateId(), u.at(), u.actor(), u.message(), u.statusAfter().name(),
            u.previousStatus() == null ? null : u.previousStatus().name())).toList());
  }

  /** The ETag of the incident's revision, as If-Match takes it back: {@code "7"}. */
  String etag() {
    return "\"" + revision + "\"";
  }
}
