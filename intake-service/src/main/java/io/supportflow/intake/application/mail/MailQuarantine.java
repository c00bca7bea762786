package io.supportflow.intake.application.mail;

import io.supportflow.intake.domain.InboundMail;

/**
 * Keeps mail that could not be read, or may not be added to the case it names, with the reason,
 * for a person to look at: none is lost.
 */
public interface MailQuarantine {

  /** Returns the id under which the mail is kept. */
  String keep(String tenantId, byte[] rawMail, String reason);

  /** Holds a readable mail that named {@code caseNumber} but may not be added to it; returns its id. */
  String hold(String tenantId, InboundMail mail, String caseNumber, String reason);
}
