package io.supportflow.intake.domain;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Recognises an out-of-office or vacation reply that carries no machine header, by its words, in
 * English, Dutch, German and French (and any phrases the tenant adds). A subject that opens with a
 * phrase (after Re:/AW:/Antw:...), or has it before a colon, decides alone;
 * the body only when it opens with such a phrase and is short, as absence notes are: a customer
 * who writes "I am away until Monday, please call my colleague" in a long report is still heard.
 */
public final class OutOfOffice {

  /** Phrases that make a subject an absence note. */
  static final List<String> SUBJECT_PHRASES = List.of(
      // English
      "out of office", "out of the office", "out-of-office", "automatic reply", "auto reply", "auto-reply",
      "autoreply", "away from the office", "vacation reply", "on vacation", "on holiday", "on annual leave",
      "absence notice",
      // Dutch
      "afwezigheidsmelding", "automatisch antwoord", "automatisch bericht", "afwezig", "niet op kantoor",
      "buiten kantoor", "met vakantie", "op vakantie",
      // German
      "abwesenheitsnotiz", "abwesenheitsmeldung", "automatische antwort", "nicht im buro", "nicht im haus",
      "abwesend", "im urlaub",
      // French
      "absent du bureau", "absence du bureau", "reponse automatique", "message d'absence", "en conge",
      "en vacances");

  /** Phrases that open an absence note's body. */
  static final List<String> BODY_PHRASES = List.of(
      "i am out of the office", "i'm out of the office", "i am currently out of the office",
      "i will be out of the office", "i am currently away", "i am away until", "i'm away until",
      "i am on vacation", "i am on holiday", "i am on leave", "thank you for your email. i am",
      "ik ben afwezig", "ik ben momenteel afwezig", "ik ben niet aanwezig", "ik ben met vakantie",
      "ik ben op vakantie", "ich bin abwesend", "ich bin bis", "ich bin derzeit nicht", "ich bin im urlaub",
      "vielen dank fur ihre nachricht. ich bin", "je suis absent", "je serai absent", "je suis actuellement absent",
      "je suis en conge", "je suis en vacances");

  private static final int BODY_SCANNED = 120;
  private static final int SHORT_BODY = 1_500;
  private static final List<String> REPLY_PREFIXES = List.of("re:", "aw:", "antw:", "sv:", "tr:", "wg:", "fw:", "fwd:");

  private OutOfOffice() {}

  /** Why the mail is an absence note; empty when it reads like a person writing to the desk. */
  public static Optional<String> recognised(InboundMail mail, List<String> tenantPhrases) {
    String subject = folded(withoutReplyPrefix(mail.subject()));
    List<String> extra = tenantPhrases == null ? List.of()
        : tenantPhrases.stream().filter(p -> p != null && !p.isBlank()).map(OutOfOffice::folded).toList();
    for (String phrase : Stream.concat(SUBJECT_PHRASES.stream(), extra.stream()).toList()) {
      // "Out of Office: ...", "Re: Automatic reply ...", "... Abwesenheitsnotiz: ...", "John is out of the office"
      if (subject.startsWith(phrase) || subject.contains(phrase + ":") || subject.contains(" is " + phrase)) {
        return Optional.of("out-of-office reply (subject says \"" + phrase + "\")");
      }
    }
    String body = folded(mail.text());
    if (body.length() <= SHORT_BODY) {
      String opening = body.length() > BODY_SCANNED ? body.substring(0, BODY_SCANNED) : body;
      for (String phrase : Stream.concat(BODY_PHRASES.stream(), extra.stream()).toList()) {
        if (opening.contains(phrase)) {
          return Optional.of("out-of-office reply (text says \"" + phrase + "\")");
        }
      }
    }
    return Optional.empty();
  }

  private static String withoutReplyPrefix(String subject) {
    String s = subject == null ? "" : subject.strip();
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String prefix : REPLY_PREFIXES) {
        if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
          s = s.substring(prefix.length()).strip();
          stripped = true;
        }
      }
    }
    return s;
  }

  /** Lower case, accents and runs of spaces folded, so "Réponse  automatique" meets "reponse automatique". */
  static String folded(String text) {
    if (text == null) {
      return "";
    }
    String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
  }
}
