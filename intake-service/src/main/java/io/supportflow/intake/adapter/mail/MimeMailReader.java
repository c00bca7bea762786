package io.supportflow.intake.adapter.mail;

import io.supportflow.intake.domain.Attachment;
import io.supportflow.intake.domain.ContentSniffer;
import io.supportflow.intake.domain.InboundMail;
import io.supportflow.intake.domain.InputHygiene;
import io.supportflow.intake.domain.MailThreading;
import io.supportflow.intake.domain.RefusedTextException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * Reads a raw RFC 822 mail with mime4j, within bounds: total size, line and header length, header
 * count, nesting depth and part count are checked before the message is built, so a hostile mail
 * costs bounded memory and time. The result is what the desk needs: sender, subject, threading
 * headers, the text (HTML reduced to text) and the attachments' names and sizes.
 */
public final class MimeMailReader {

  /** The bounds a mail must keep. */
  public record Limits(int maxBytes, int maxDepth, int maxParts, int maxHeaderLength, int maxHeaders,
      int maxLineLength, int maxTextChars) {

    public static Limits standard(int maxBytes) {
      return new Limits(maxBytes, 8, 100, 16_384, 300, 100_000, 100_000);
    }
  }

  private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,500}>");

  private final Limits limits;
  private final MimeConfig config;

  public MimeMailReader(Limits limits) {
    this.limits = limits;
    this.config = new MimeConfig.Builder()
        .setMaxLineLen(limits.maxLineLength())
        .setMaxHeaderLen(limits.maxHeaderLength())
        .setMaxHeaderCount(limits.maxHeaders())
        .setMaxContentLen(limits.maxBytes())
        .setStrictParsing(false)
        .build();
  }

  public Limits limits() {
    return limits;
  }

  public InboundMail read(byte[] raw) throws UnreadableMailException {
    if (raw.length == 0) {
      throw new UnreadableMailException("empty mail");
    }
    if (raw.length > limits.maxBytes()) {
      throw new UnreadableMailException("mail of " + raw.length + " bytes is over the limit of " + limits.maxBytes());
    }
    checkStructure(raw);
    Message message;
    try {
      DefaultMessageBuilder builder = new DefaultMessageBuilder();
      builder.setMimeEntityConfig(config);
      builder.setDecodeMonitor(DecodeMonitor.SILENT);
      message = builder.parseMessage(new ByteArrayInputStream(raw));
    } catch (IOException | RuntimeException e) {
      throw new UnreadableMailException("not a readable MIME message: " + e.getMessage(), e);
    }
    try {
      return toMail(message, raw);
    } catch (RefusedTextException e) {
      throw new UnreadableMailException("refused " + e.field() + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableMailException("unreadable content: " + e.getMessage(), e);
    } finally {
      message.dispose();
    }
  }

  /** Walks the MIME structure as tokens, without building it, and stops at the first bound crossed. */
  private void checkStructure(byte[] raw) throws UnreadableMailException {
    MimeTokenStream tokens = new MimeTokenStream(config);
    tokens.parse(new ByteArrayInputStream(raw));
    int depth = 0;
    int parts = 0;
    try {
      for (EntityState state = tokens.getState(); state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
        switch (state) {
          case T_START_MESSAGE, T_START_MULTIPART -> {
            if (++depth > limits.maxDepth()) {
              throw new UnreadableMailException("MIME nesting deeper than " + limits.maxDepth());
            }
          }
          case T_END_MESSAGE, T_END_MULTIPART -> depth--;
          case T_START_BODYPART -> {
            if (++parts > limits.maxParts()) {
              throw new UnreadableMailException("more than " + limits.maxParts() + " MIME parts");
            }
          }
          default -> { }
        }
      }
    } catch (MimeException | IOException e) {
      throw new UnreadableMailException("MIME bounds exceeded or malformed: " + e.getMessage(), e);
    }
  }

  private InboundMail toMail(Message message, byte[] raw) throws IOException, UnreadableMailException {
    Mailbox from = firstMailbox(message);
    if (from == null) {
      throw new UnreadableMailException("no readable From address");
    }
    Content content = new Content();
    collect(message, content, 0);
    String text = content.plain != null ? content.plain : content.html != null ? HtmlText.of(content.html) : "";
    return new InboundMail(
        messageId(message, raw),
        from.getAddress().toLowerCase(Locale.ROOT),
        from.getName(),
        header(message, "Return-Path"),
        message.getSubject(),
        MailThreading.messageIds(header(message, "In-Reply-To")),
        MailThreading.messageIds(header(message, "References")),
        header(message, "Auto-Submitted"),
        header(message, "Precedence"),
        header(message, "List-Id"),
        header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null,
        message.getMimeType(),
        header(message, "Content-Language"),
        bounded(text),
        content.attachments,
        recipients(message));
  }

  /** The To and Cc addresses (groups flattened), at most 100: who else is on the thread. */
  private static List<String> recipients(Message message) {
    List<String> addresses = new ArrayList<>();
    for (java.util.function.Supplier<AddressList> header : List.<java.util.function.Supplier<AddressList>>of(
        message::getTo, message::getCc)) {
      AddressList list;
      try {
        list = header.get();
      } catch (RuntimeException unreadable) {
        continue;
      }
      if (list != null) {
        for (Mailbox mailbox : list.flatten()) {
          if (addresses.size() < 100 && mailbox.getAddress() != null) {
            addresses.add(mailbox.getAddress().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return addresses;
  }

  private static Mailbox firstMailbox(Message message) {
    try {
      MailboxList list = message.getFrom();
      return list == null || list.isEmpty() ? null : list.get(0);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static final class Content {
    String plain;
    String html;
    final List<Attachment> attachments = new ArrayList<>();
  }

  private void collect(Entity entity, Content content, int depth) throws IOException, UnreadableMailException {
    if (depth > limits.maxDepth()) {
      throw new UnreadableMailException("MIME nesting deeper than " + limits.maxDepth());
    }
    Body body = entity.getBody();
    if (body instanceof Multipart multipart) {
      for (Entity part : multipart.getBodyParts()) {
        collect(part, content, depth + 1);
      }
      return;
    }
    if (body instanceof Message attached && depth > 0) {
      String subject = attached.getSubject() == null ? "attached message" : attached.getSubject();
      content.attachments.add(file(bounded(subject, 200) + ".eml", "message/rfc822", written(attached)));
      return;
    }
    String mimeType = entity.getMimeType() == null ? "application/octet-stream" : entity.getMimeType().toLowerCase(Locale.ROOT);
    boolean attachment = entity.getFilename() != null
        || ContentDispositionField.DISPOSITION_TYPE_ATTACHMENT.equalsIgnoreCase(entity.getDispositionType());
    if (!attachment && body instanceof TextBody textBody && mimeType.equals("text/plain") && content.plain == null) {
      content.plain = read(textBody);
    } else if (!attachment && body instanceof TextBody textBody && mimeType.equals("text/html") && content.html == null) {
      content.html = read(textBody);
    } else if (body instanceof SingleBody single) {
      String name = entity.getFilename() == null ? "unnamed" : bounded(entity.getFilename().strip(), 255);
      content.attachments.add(file(name.isEmpty() ? "unnamed" : name, bounded(mimeType, 100), bytes(single)));
    }
  }

  private String read(TextBody body) throws IOException {
    StringBuilder text = new StringBuilder();
    Reader reader;
    try {
      reader = body.getReader();
    } catch (IOException | RuntimeException unknownCharset) {
      reader = new java.io.InputStreamReader(body.getInputStream(), StandardCharsets.UTF_8);
    }
    try (Reader r = reader) {
      char[] buffer = new char[8192];
      int n;
      while ((n = r.read(buffer)) > 0 && text.length() < limits.maxTextChars()) {
        text.append(buffer, 0, Math.min(n, limits.maxTextChars() - text.length()));
      }
    }
    return text.toString();
  }

  /** A file as sent: its type is sniffed from its bytes, the declared one kept for the record. */
  private static Attachment file(String name, String declaredType, byte[] content) {
    return new Attachment(null, InputHygiene.oneLine("attachments.name", name), content.length,
        ContentSniffer.sniff(content), declaredType, content);
  }

  // The whole mail is bounded (maxBytes), so a part's decoded content is bounded too.
  private static byte[] bytes(SingleBody body) throws IOException {
    try (InputStream in = body.getInputStream()) {
      return in.readAllBytes();
    }
  }

  private static byte[] written(Message message) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    new DefaultMessageWriter().writeMessage(message, out);
    return out.toByteArray();
  }

  /** The mail's Message-ID, or a stable one made from its bytes when it has none we can use. */
  private static String messageId(Message message, byte[] raw) {
    String id = header(message, "Message-ID");
    if (id != null) {
      var m = MESSAGE_ID.matcher(id);
      if (m.find()) {
        return m.group();
      }
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
      return "<sha256." + HexFormat.of().formatHex(digest) + "@no-message-id.invalid>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static String header(Message message, String name) {
    if (message.getHeader() == null) {
      return null;
    }
    Field field = message.getHeader().getField(name);
    if (field == null || field.getBody() == null) {
      return null;
    }
    return bounded(field.getBody().strip(), 2_000);
  }

  private String bounded(String text) {
    return bounded(text, limits.maxTextChars());
  }

  private static String bounded(String text, int max) {
    return text.length() > max ? text.substring(0, max) : text;
  }
}
