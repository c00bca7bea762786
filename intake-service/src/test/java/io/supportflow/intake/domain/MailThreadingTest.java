package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailThreadingTest {

  @Test
  void findsTheTenantsCaseNumberInAReplySubject() {
    assertThat(MailThreading.caseNumberIn("Re: [ACME-000042] We have received your request: Down", "ACME"))
        .contains(new CaseNumber("ACME", 42));
  }

  @Test
  void ignoresAnotherTenantsPrefixAndLookalikes() {
    assertThat(MailThreading.caseNumberIn("Re: [GLBX-000042] ...", "ACME")).isEmpty();
    assertThat(MailThreading.caseNumberIn("XACME-000042 and ACME-42", "ACME")).isEmpty();
  }

  @Test
  void readsTheCaseIdOutOfOurOwnMessageIds() {
    List<String> answered = List.of("<abc@customer.example>",
        "<0b3c1f2e-1111-2222-3333-444455556666.ACKNOWLEDGEMENT@supportflow>");

    assertThat(MailThreading.ourCaseIds(answered)).containsExactly("0b3c1f2e-1111-2222-3333-444455556666");
  }

  @Test
  void splitsAReferencesHeaderIntoMessageIds() {
    assertThat(MailThreading.messageIds("<a@x>\r\n <b@y> garbage <c@z>")).containsExactly("<a@x>", "<b@y>", "<c@z>");
    assertThat(MailThreading.messageIds(null)).isEmpty();
  }

  @Test
  void aMailAnswersItsInReplyToFirstThenItsNewestReference() {
    InboundMail mail = new InboundMail("<m@x>", "a@b.example", null, null, "s", List.of("<r2@x>"),
        List.of("<r1@x>", "<r2@x>"), null, null, null, false, "text/plain", null, "", List.of());

    assertThat(mail.answered()).containsExactly("<r2@x>", "<r1@x>");
  }
}
