package io.supportflow.infra.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@link MailServer} (SMTP and IMAP) in a JVM of its own, with its mailboxes: the local stack
 * supervises it like the broker, and a chaos run can make it stop answering without stopping the
 * launcher. Mail is kept in memory only: a restarted server has its mailboxes again, empty.
 *
 * @see MailServer#main
 */
public final class MailServerJvm extends ChildJvmServer<MailServerJvm.Settings> {

  private static final Duration START_DEADLINE = Duration.ofSeconds(60);

  /** @param mailboxes address (also the login) to password */
  public record Settings(Path logFile, String host, int smtpPort, int imapPort, Map<String, String> mailboxes) {}

  private MailServerJvm(Settings settings, ChildJvm child) {
    super(settings, child);
  }

  /** Starts SMTP and IMAP with the mailboxes and waits until both accept connections (IMAP starts last). */
  public static MailServerJvm start(Settings s) {
    String users = s.mailboxes().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
    return new MailServerJvm(s, startListening("mail server", MailServer.class,
        List.of("-Xmx256m", "-XX:+UseSerialGC"),
        List.of(s.host(), Integer.toString(s.smtpPort()), Integer.toString(s.imapPort())),
        Map.of(MailServer.USERS_VARIABLE, users), s.logFile(), s.host(), s.imapPort(), START_DEADLINE));
  }
}
