package io.supportflow.e2e;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** One person's IMAP inbox, read as their mail client would: every mail whose subject names a case. */
final class Mailbox {

  /** What a test checks of a received mail; the body is the text/plain part of a multipart mail. */
  record Mail(String subject, String to, String text, String contentType, String messageId, String inReplyTo) {}

  private final Session session;
  private final String user;
  private final String password;

  Mailbox(int imapPort, String user, String password) {
    Properties props = new Properties();
    props.put("mail.imap.host", "127.0.0.1");
    props.put("mail.imap.port", Integer.toString(imapPort));
    this.session = Session.getInstance(props);
    this.user = user;
    this.password = password;
  }

  List<Mail> mailsOf(String caseNumber) throws MessagingException, IOException {
    Store store = session.getStore("imap");
    store.connect(user, password);
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      try {
        List<Mail> found = new ArrayList<>();
        for (Message m : inbox.getMessages()) {
          if (m.getSubject() != null && m.getSubject().contains("[" + caseNumber + "]")) {
            found.add(new Mail(m.getSubject(), m.getAllRecipients()[0].toString(), text(m), m.getContentType(),
                header(m, "Message-ID"), header(m, "In-Reply-To")));
          }
        }
        return found;
      } finally {
        inbox.close(false);
      }
    } finally {
      store.close();
    }
  }

  /** The plain-text alternative where there are several parts, else the one body. */
  private static String text(Part part) throws MessagingException, IOException {
    Object content = part.getContent();
    if (content instanceof Multipart multipart) {
      String first = null;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String text = text(child);
        if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
          return text;
        }
        first = first == null ? text : first;
      }
      return first == null ? "" : first;
    }
    return content.toString();
  }

  private static String header(Message m, String name) throws MessagingException {
    String[] values = m.getHeader(name);
    return values == null ? null : values[0];
  }
}
