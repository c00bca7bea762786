package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.ViewCase;
import io.supportflow.intake.domain.CaseActivity;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.SupportCase;
import java.time.Instant;
import java.util.List;

/** A case and its thread as the API shows it; a customer sees only what is visible to customers. */
record CaseView(
    String caseId,
    String caseNumber,
    String status,
    String priority,
    String channel,
    String subject,
    String description,
    ReporterView reporter,
    String statedSeverity,
    String product,
    String version,
    String language,
    String category,
    Instant receivedAt,
    List<FileView> attachments,
    List<ThreadEntry> thread) {

  record ReporterView(String name, String email, String phone) {}

  /** A file kept on the case: what it is (the type sniffed from its bytes) and where to download it. */
  record FileView(String id, String name, String contentType, long size, String href) {}

  record ThreadEntry(String eventId, String kind, Instant at, String actor, String message, String reason,
      String newPriority, Boolean customerConsent, boolean visibleToCustomer, String caseStatus) {}

  static CaseView of(CaseFile file, boolean customer) {
    SupportCase c = file.opened();
    return new CaseView(c.caseId(), c.caseNumber().toString(), file.status().name(), file.priority().name(),
        c.channel().name(), c.subject(), c.description(),
        new ReporterView(c.reporter().name(), c.reporter().email(), c.reporter().phone()),
        c.statedSeverity(), c.product(), c.version(), c.language(), c.category(), c.receivedAt(),
        ViewCase.visibleFiles(file, customer).stream().map(f -> new FileView(f.id(), f.name(), f.contentType(),
            f.size(), "/api/v1/cases/" + c.caseNumber() + "/attachments/" + f.id())).toList(),
        file.thread().stream().filter(a -> !customer || a.visibleToCustomer()).map(CaseView::entry).toList());
  }

  static ThreadEntry entry(CaseActivity a) {
    return new ThreadEntry(a.eventId(), a.kind().name(), a.occurredAt(), a.actor(), a.message(), a.reason(),
        a.newPriority() == null ? null : a.newPriority().name(),
        a.newPriority() == null ? null : a.customerConsent(), a.visibleToCustomer(), a.statusAfter().name());
  }
}
