package io.supportflow.intake.application;

import io.supportflow.intake.domain.Attachment;
import java.util.Optional;

/** Where the content of attachments is kept, per tenant, by the attachment's id. */
public interface AttachmentStore {

  /** Stores the file's content under its id; storing the same id again changes nothing. */
  void put(String tenantId, Attachment file);

  Optional<byte[]> content(String tenantId, String attachmentId);
}
