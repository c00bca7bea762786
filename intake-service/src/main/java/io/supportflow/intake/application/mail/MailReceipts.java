package io.supportflow.intake.application.mail;

import java.util.Optional;

/** Which mails a tenant's desk has read (by Message-ID, unique per tenant) and what came of them. */
public interface MailReceipts {

  record Receipt(String messageId, String outcome, String caseNumber, String reason) {}

  Optional<Receipt> find(String tenantId, String messageId);

  /** Records the receipt; a second record of the same Message-ID changes nothing. */
  void record(String tenantId, Receipt receipt);
}
