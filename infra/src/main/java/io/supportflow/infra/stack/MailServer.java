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
    MailServer server = unstarted(host, smtpPort, imapPort);
    server.greenMail.start();
    return server;
  }

  private static MailServer unstarted(String host, int smtpPort, int imapPort) {
    return new MailServer(
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP)
            }));
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

  /**
   * Runs SMTP and IMAP as a process of its own ({@link MailServerJvm}): arguments {@code <host>
   * <smtp port> <imap port>}, the mailboxes in the environment variable {@value #USERS_VARIABLE}
   * ({@code address=password,...}, the address is the login), not on the command line where every
   * user of the machine could read the passwords. Mail is kept in memory: it is gone when the
   * process ends.
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("Usage: MailServer <host> <smtp port> <imap port>");
      System.exit(2);
    }
    // Mailboxes first: a client that finds the ports open can log in at once.
    MailServer server = unstarted(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    String users = System.getenv().getOrDefault(USERS_VARIABLE, "");
    for (String user : users.split(",")) {
      int equals = user.indexOf('=');
      if (equals > 0) {
        String address = user.substring(0, equals);
        server.addUser(address, address, user.substring(equals + 1));
      }
    }
    server.greenMail.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mail-server-stop"));
    System.err.printf("SMTP on %s:%d, IMAP on %s:%d%n", args[0], server.smtpPort(), args[0], server.imapPort());
  }

  /** The environment variable that carries the mailboxes of {@link #main}. */
  public static final String USERS_VARIABLE = "SUPPORTFLOW_MAIL_USERS";

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
