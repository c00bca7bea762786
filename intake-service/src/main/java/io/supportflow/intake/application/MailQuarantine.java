package io.supportflow.intake.application;

/** Keeps mail that could not be read, with the reason, for a person to look at: none is lost. */
public interface MailQuarantine {

  /** Returns the id under which the mail is kept. */
  String keep(String tenantId, byte[] rawMail, String reason);
}
