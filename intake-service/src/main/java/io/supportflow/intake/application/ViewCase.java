package io.supportflow.intake.application;

import io.supportflow.intake.domain.Attachment;
import io.supportflow.intake.domain.CaseActivity;
import io.supportflow.intake.domain.CaseFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a case with its thread, and downloads its files; a customer reads only its own cases and
 * only the files of what it may see (the opening request and the entries visible to it).
 */
public record ViewCase(CaseFiles files, AttachmentStore store) {

  /** A file of a case with its content. */
  public record Download(Attachment file, byte[] content) {}

  /** @param customerId the customer asking, or null for an agent of the tenant */
  public CaseFile view(String tenantId, String caseNumber, String customerId) {
    return files.byNumber(tenantId, caseNumber)
        .filter(f -> customerId == null || customerId.equals(f.opened().customerId()))
        .orElseThrow(() -> new CaseNotFoundException(caseNumber));
  }

  /** The stored files of the case this caller may see, in thread order. */
  public static List<Attachment> visibleFiles(CaseFile file, boolean customer) {
    List<Attachment> visible = new ArrayList<>(file.opened().attachments());
    for (CaseActivity a : file.thread()) {
      if (!customer || a.visibleToCustomer()) {
        visible.addAll(a.attachments());
      }
    }
    return visible.stream().filter(f -> f.id() != null).toList();
  }

  /** One file of the case; an id not on the case (or not visible to this customer) is not found. */
  public Download download(String tenantId, String caseNumber, String customerId, String attachmentId) {
    CaseFile file = view(tenantId, caseNumber, customerId);
    Attachment meta = visibleFiles(file, customerId != null).stream()
        .filter(f -> Objects.equals(f.id(), attachmentId))
        .findFirst()
        .orElseThrow(() -> new CaseNotFoundException(caseNumber + "/" + attachmentId));
    byte[] content = store.content(tenantId, attachmentId)
        .orElseThrow(() -> new CaseNotFoundException(caseNumber + "/" + attachmentId));
    return new Download(meta, content);
  }
}
