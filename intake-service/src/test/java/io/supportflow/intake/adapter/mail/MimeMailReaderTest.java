package io.supportflow.intake.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.intake.domain.Attachment;
import io.supportflow.intake.domain.InboundMail;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MimeMailReaderTest {

  private final MimeMailReader reader = new MimeMailReader(MimeMailReader.Limits.standard(1_000_000));

  @Test
  void aMultipartMailGivesSenderSubjectPlainTextAndAttachmentSizes() throws Exception {
    String pdf = Base64.getMimeEncoder().encodeToString(new byte[1234]);
    InboundMail mail = reader.read(bytes("""
        From: "Olivia Ops" <Ops@Northwind.example>
        To: support@acme-support.example
        Subject: =?UTF-8?Q?Checkout_st=C3=B6rung?=
        Message-ID: <m1@northwind.example>
        In-Reply-To: <0b3c1f2e-1111-2222-3333-444455556666.ACKNOWLEDGEMENT@supportflow>
        References: <r0@x> <0b3c1f2e-1111-2222-3333-444455556666.ACKNOWLEDGEMENT@supportflow>
        Content-Language: de
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        --b1
        Content-Type: multipart/alternative; boundary="b2"

        --b2
        Content-Type: text/plain; charset=UTF-8

        The shop is down since version 2.3.1.
        --b2
        Content-Type: text/html; charset=UTF-8

        <p>The shop is <b>down</b></p>
        --b2--
        --b1
        Content-Type: application/pdf; name="trace.pdf"
        Content-Disposition: attachment; filename="trace.pdf"
        Content-Transfer-Encoding: base64

        %s
        --b1--
        """.formatted(pdf)));

    assertThat(mail.fromAddress()).isEqualTo("ops@northwind.example");
    assertThat(mail.fromName()).isEqualTo("Olivia Ops");
    assertThat(mail.subject()).isEqualTo("Checkout störung");
    assertThat(mail.messageId()).isEqualTo("<m1@northwind.example>");
    assertThat(mail.answered()).containsExactly(
        "<0b3c1f2e-1111-2222-3333-444455556666.ACKNOWLEDGEMENT@supportflow>", "<r0@x>");
    assertThat(mail.text().strip()).isEqualTo("The shop is down since version 2.3.1.");
    // 1234 zero bytes are no PDF, whatever the part declares: the type is sniffed from the content.
    assertThat(mail.attachments()).containsExactly(
        new Attachment(null, "trace.pdf", 1234, "application/octet-stream", "application/pdf", null));
    assertThat(mail.attachments().getFirst().content()).hasSize(1234);
    assertThat(mail.recipients()).containsExactly("support@acme-support.example");
    assertThat(mail.contentLanguage()).isEqualTo("de");
  }

  @Test
  void anHtmlOnlyMailIsReducedToText() throws Exception {
    InboundMail mail = reader.read(bytes("""
        From: a@b.example
        Subject: html
        Content-Type: text/html; charset=UTF-8

        <html><head><style>p{color:red}</style></head><body><p>Line&nbsp;one &amp; more</p>
        <script>alert(1)</script><div>Line two<br>Line three</div></body></html>
        """));

    assertThat(mail.text()).isEqualTo("Line one & more\n\nLine two\nLine three");
  }

  @Test
  void aMailWithoutMessageIdGetsAStableOneFromItsBytes() throws Exception {
    byte[] raw = bytes("From: a@b.example\nSubject: x\n\nhello\n");

    assertThat(reader.read(raw).messageId()).isEqualTo(reader.read(raw).messageId())
        .startsWith("<sha256.").endsWith("@no-message-id.invalid>");
  }

  @Test
  void loopHeadersAreRead() throws Exception {
    InboundMail mail = reader.read(bytes("""
        From: a@b.example
        Return-Path: <>
        Auto-Submitted: auto-replied
        Precedence: bulk
        List-Id: <dev.lists.example>
        X-Autoreply: yes
        Subject: away

        I am away.
        """));

    assertThat(mail.returnPath()).isEqualTo("<>");
    assertThat(mail.autoSubmitted()).isEqualTo("auto-replied");
    assertThat(mail.precedence()).isEqualTo("bulk");
    assertThat(mail.listId()).isEqualTo("<dev.lists.example>");
    assertThat(mail.autoReplyHeader()).isTrue();
  }

  @Test
  void tooDeepNestingIsRefusedWithTheReason() {
    StringBuilder mail = new StringBuilder("From: a@b.example\nSubject: deep\n");
    for (int i = 0; i < 12; i++) {
      mail.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\n\n--b").append(i).append('\n');
    }
    mail.append("Content-Type: text/plain\n\nx\n");

    assertThatThrownBy(() -> reader.read(bytes(mail.toString())))
        .isInstanceOf(UnreadableMailException.class).hasMessage("MIME nesting deeper than 8");
  }

  @Test
  void tooManyPartsAreRefused() {
    StringBuilder mail = new StringBuilder("From: a@b.example\nContent-Type: multipart/mixed; boundary=\"b\"\n\n");
    for (int i = 0; i < 101; i++) {
      mail.append("--b\nContent-Type: text/plain\n\npart ").append(i).append('\n');
    }
    mail.append("--b--\n");

    assertThatThrownBy(() -> reader.read(bytes(mail.toString())))
        .isInstanceOf(UnreadableMailException.class).hasMessage("more than 100 MIME parts");
  }

  @Test
  void anOverlongHeaderAndAnOversizedMailAreRefused() {
    String longHeader = "From: a@b.example\nSubject: " + "x".repeat(20_000) + "\n\nbody\n";
    assertThatThrownBy(() -> reader.read(bytes(longHeader))).isInstanceOf(UnreadableMailException.class);

    MimeMailReader small = new MimeMailReader(MimeMailReader.Limits.standard(100));
    assertThatThrownBy(() -> small.read(bytes("From: a@b.example\n\n" + "y".repeat(200))))
        .isInstanceOf(UnreadableMailException.class).hasMessageContaining("over the limit of 100");
  }

  @Test
  void garbageWithoutASenderIsUnreadable() {
    assertThatThrownBy(() -> reader.read(new byte[] {0, 1, 2, 3, (byte) 0xff, '\n', '\n', 'x'}))
        .isInstanceOf(UnreadableMailException.class).hasMessage("no readable From address");
    assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(UnreadableMailException.class);
  }

  private static byte[] bytes(String text) {
    return text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
  }
}
