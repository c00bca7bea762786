package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoopGuardTest {

  private static final Set<String> OURS = Set.of("support@acme-support.example");

  @Test
  void aPersonsMailPasses() {
    assertThat(LoopGuard.refusal(mail("ops@northwind.example", "<a@northwind>", null, null, null, null), OURS)).isEmpty();
  }

  @Test
  void autoSubmittedNoIsAPersonToo() {
    assertThat(LoopGuard.refusal(mail("ops@northwind.example", "<a@n>", "no", null, null, null), OURS)).isEmpty();
  }

  @Test
  void anOutOfOfficeReplyIsTurnedAway() {
    assertThat(LoopGuard.refusal(mail("ops@northwind.example", "<a@n>", "auto-replied", null, null, null), OURS))
        .contains("automatic mail (Auto-Submitted: auto-replied)");
  }

  @Test
  void bulkAndListTrafficIsTurnedAway() {
    assertThat(LoopGuard.refusal(mail("news@vendor.example", "<a@n>", null, "bulk", null, null), OURS)).isPresent();
    assertThat(LoopGuard.refusal(mail("dev@lists.example", "<a@n>", null, null, "<dev.lists.example>", null), OURS))
        .contains("mailing-list traffic (List-Id <dev.lists.example>)");
  }

  @Test
  void bouncesAreTurnedAwayByNullReturnPathOrSystemSender() {
    assertThat(LoopGuard.refusal(mail("ops@northwind.example", "<a@n>", null, null, null, "<>"), OURS))
        .contains("bounce (null Return-Path)");
    assertThat(LoopGuard.refusal(mail("MAILER-DAEMON@mx.example", "<a@n>", null, null, null, null), OURS))
        .contains("bounce or system mail from mailer-daemon@mx.example");
  }

  @Test
  void ourOwnMailNeverOpensACase() {
    assertThat(LoopGuard.refusal(mail("Support@ACME-support.example", "<x@acme>", null, null, null, null), OURS))
        .contains("sent by the desk itself (support@acme-support.example)");
    assertThat(LoopGuard.refusal(mail("relay@elsewhere.example",
        "<0b3c1f2e-1111-2222-3333-444455556666.ACKNOWLEDGEMENT@supportflow>", null, null, null, null), OURS))
        .hasValueSatisfying(r -> assertThat(r).startsWith("one of our own outgoing mails"));
  }

  private static InboundMail mail(String from, String messageId, String autoSubmitted, String precedence,
      String listId, String returnPath) {
    return new InboundMail(messageId, from, null, returnPath, "Help", List.of(), List.of(), autoSubmitted,
        precedence, listId, false, "text/plain", null, "text", List.of());
  }
}
