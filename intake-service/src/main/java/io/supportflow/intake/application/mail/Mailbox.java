package io.supportflow.intake.application.mail;

/**
 * A tenant's support mailbox, read over IMAP: new mail from {@code folder}; read mail moved to
 * {@code processedFolder}, unreadable mail to {@code quarantineFolder}. None is deleted unread.
 */
public record Mailbox(
    String tenantId,
    String host,
    int port,
    boolean ssl,
    String user,
    String password,
    String folder,
    String processedFolder,
    String quarantineFolder) {

  @Override
  public String toString() {
    return "Mailbox[" + tenantId + " " + user + "@" + host + ":" + port + "/" + folder + "]";
  }
}
