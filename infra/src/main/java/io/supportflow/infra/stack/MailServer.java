package io.supportflow.infra.stack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP and IMAP server (GreenMail), in memory. Mail sent over SMTP lands in the mailbox of
 * its recipient, which a person or a test reads over IMAP.
 */
public final class MailServer implements AutoCloseable {

  private final GreenMail greenMail;

  private MailServer(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  /** Starts SMTP and IMAP on {@code host}; a port of 0 picks a free one. */
  public static MailServer start(String host, int smtpPort, int imapPort) {
    GreenMail greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP)
            });
    greenMail.start();
    return new MailServer(greenMail);
  }

  /**
   * Starts SMTP alone on {@code host} and {@code port}: a mail server a test stops and starts again
   * on the same port to see the service through an outage. {@link #greenMail()} reads what arrived.
   */
  public static MailServer smtpOnly(String host, int port) {
    GreenMail greenMail = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return new MailServer(greenMail);
  }

  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  public int imapPort() {
    return greenMail.getImap().getPort();
  }

  /** Adds a mailbox that IMAP clients open with {@code login} and {@code password}. */
  public void addUser(String email, String login, String password) {
    greenMail.setUser(email, login, password);
  }

  public GreenMail greenMail() {
    return greenMail;
  }

  @Override
  public void close() {
    greenMail.stop();
  }
}
