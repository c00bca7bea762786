package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutOfOfficeTest {

  private static final Set<String> OURS = Set.of("support@acme-support.example");

  @Test
  void anAbsenceNoteWithoutMachineHeadersIsRecognisedBySubjectInFourLanguages() {
    for (String subject : List.of(
        "Out of Office: Olivia is away until Monday",
        "Automatic reply: [ACME-000189] We have received your request",
        "Re: Out of office",
        "Olivia Ops is out of the office.",
        "Afwezigheidsmelding: [ACME-000189] We have received your request",
        "Automatisch antwoord: Re: storing",
        "Abwesenheitsnotiz: [ACME-000189] Wir haben Ihre Anfrage erhalten",
        "AW: Automatische Antwort",
        "Réponse automatique : [ACME-000189]",
        "Absent du bureau jusqu'au 3 janvier")) {
      assertThat(LoopGuard.refusal(mail(subject, "See you soon."), OURS, List.of())).as(subject).isPresent();
    }
  }

  @Test
  void aShortBodyOpeningWithAnAbsencePhraseIsRecognisedInFourLanguages() {
    for (String body : List.of(
        "Thank you for your mail. I am out of the office until 5 January with limited access to mail.",
        "Ik ben afwezig tot en met maandag.",
        "Ich bin bis zum 5. Januar nicht im Büro.",
        "Je suis absent jusqu'au lundi 5 janvier.")) {
      assertThat(LoopGuard.refusal(mail("Re: [ACME-000189] your request", body), OURS, List.of())).as(body).isPresent();
    }
  }

  @Test
  void aRealRequestThatMentionsAnAbsenceIsStillHeard() {
    assertThat(LoopGuard.refusal(mail("Checkout is down while I am out of the office",
        "The checkout returns 500. " + "Details follow. ".repeat(10) + "I am away until Monday, call Bob."),
        OURS, List.of())).isEmpty();
    assertThat(LoopGuard.refusal(mail("Server out of office network", "It is unreachable from the office LAN."),
        OURS, List.of())).isEmpty();
  }

  @Test
  void aTenantAddsItsOwnPhrases() {
    InboundMail mail = mail("Fuori ufficio: Olivia", "Torno lunedì.");
    assertThat(LoopGuard.refusal(mail, OURS, List.of())).isEmpty();
    assertThat(LoopGuard.refusal(mail, OURS, List.of("Fuori ufficio"))).hasValueSatisfying(
        r -> assertThat(r).contains("fuori ufficio"));
  }

  private static InboundMail mail(String subject, String text) {
    return new InboundMail("<a@n>", "ops@northwind.example", null, null, subject, List.of(), List.of(), null, null,
        null, false, "text/plain", null, text, List.of());
  }
}
