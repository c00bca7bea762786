package io.supportflow.intake.application.mail;

import io.supportflow.intake.application.AttachmentStore;
import io.supportflow.intake.application.CaseFiles;
import io.supportflow.intake.application.CustomerContacts;
import io.supportflow.intake.application.NewRequest;
import io.supportflow.intake.application.OpenCase;
import io.supportflow.intake.application.Opening;
import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.application.TenantChannels;
import io.supportflow.intake.application.TenantDirectory;
import io.supportflow.intake.application.UnknownTenantException;
import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.ActivityRequest;
import io.supportflow.intake.domain.Attachment;
import io.supportflow.intake.domain.AttachmentLimits;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.InboundMail;
import io.supportflow.intake.domain.LoopGuard;
import io.supportflow.intake.domain.MailThreading;
import io.supportflow.intake.domain.ReplyAuthorisation;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SeverityScale;
import io.supportflow.intake.domain.StatedSeverity;
import io.supportflow.intake.domain.StrangerReplies;
import io.supportflow.intake.domain.Tenant;
import io.supportflow.intake.domain.VersionSpotter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A mail reached a tenant's desk (IMAP or webhook). Read once per Message-ID; machines and absence
 * notes are turned away by the loop guard; a reply to a case is added to that case when its sender
 * may write to it ({@link ReplyAuthorisation}); a stranger's reply opens a new case for the sender
 * or is held in quarantine, as the tenant chose; anything else opens a case. Every effect is
 * idempotent, so a mail read again after a crash changes nothing twice.
 */
public record ReceiveMail(TenantDirectory tenants, TenantChannels channels, MailReceipts receipts, CaseFiles files,
    OpenCase openCase, RecordActivity recordActivity, CustomerContacts contacts, MailQuarantine quarantine,
    AttachmentStore attachments, AttachmentLimits limits) {

  public enum Outcome { OPENED, REPLIED, DUPLICATE, IGNORED, QUARANTINED }

  public record Received(Outcome outcome, String caseNumber, String reason) {}

  private static final int MAX_SUBJECT = 250;
  private static final int MAX_TEXT = 100_000;
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  public Received receive(String tenantId, InboundMail mail) {
    Tenant tenant = tenants.byId(tenantId).orElseThrow(() -> new UnknownTenantException(tenantId));
    Optional<MailReceipts.Receipt> seen = receipts.find(tenantId, mail.messageId());
    if (seen.isPresent()) {
      return new Received(Outcome.DUPLICATE, seen.get().caseNumber(), "already read: " + seen.get().outcome());
    }
    Set<String> own = channels.supportAddresses(tenantId);
    Optional<String> refusal = LoopGuard.refusal(mail, own, channels.autoReplyPhrases(tenantId));
    if (refusal.isPresent()) {
      return remember(tenantId, mail, new Received(Outcome.IGNORED, null, refusal.get()));
    }
    Optional<CaseFile> answered = answeredCase(tenant, mail);
    String note = answered.map(c -> "Follow-up to closed case " + c.opened().caseNumber() + ".\n\n").orElse("");
    String reason = null;
    if (answered.isPresent() && answered.get().status() != CaseStatus.CLOSED) {
      CaseFile target = answered.get();
      String number = target.opened().caseNumber().toString();
      Optional<String> stranger = strangerRefusal(tenantId, target, mail);
      if (stranger.isEmpty()) {
        AttachmentLimits.Admitted kept = keep(tenantId, mail, onCase(target));
        ActivityRequest reply = ActivityRequest.of(ActivityKind.CUSTOMER_REPLIED, lower(mail.fromAddress()),
                Channel.EMAIL.name())
            .withMessage((mail.text().isBlank() ? "(no text; " + mail.attachments().size() + " attachment(s))"
                : bounded(mail.text(), MAX_TEXT)) + kept.note())
            .withCorrelation(mail.messageId(), kept.kept());
        recordActivity.onCaseId(tenantId, target.caseId(), reply, MailThreading.threadKey(mail.messageId()));
        files.addParticipants(tenantId, target.caseId(), onThread(mail, own));
        return remember(tenantId, mail, new Received(Outcome.REPLIED, number, null));
      }
      // Not written to the case and no clock moves: the case never hears of it.
      if (channels.strangerReplies(tenantId) == StrangerReplies.QUARANTINE) {
        String why = stranger.get() + "; held for an agent";
        quarantine.hold(tenantId, mail, number, why);
        return remember(tenantId, mail, new Received(Outcome.QUARANTINED, null, why));
      }
      reason = stranger.get() + "; opened as a new case for the sender";
      note = "Sent as a reply to " + number + ", but " + stranger.get() + ", so it was opened as a new case.\n\n";
    }
    AttachmentLimits.Admitted kept = keep(tenantId, mail, List.of());
    Opening opening = openCase.openOnce(newRequest(tenantId, mail, note, kept));
    files.addParticipants(tenantId, opening.opened().supportCase().caseId(), onThread(mail, own));
    return remember(tenantId, mail, new Received(Outcome.OPENED,
        opening.opened().supportCase().caseNumber().toString(), reason));
  }

  private Optional<String> strangerRefusal(String tenantId, CaseFile target, InboundMail mail) {
    String sender = lower(mail.fromAddress());
    Optional<String> caseCustomer = Optional.ofNullable(target.opened().customerId())
        .or(() -> target.opened().reporter().email() == null ? Optional.empty()
            : contacts.customerOf(tenantId, lower(target.opened().reporter().email())));
    return ReplyAuthorisation.refusal(target, sender, contacts.customerOf(tenantId, sender), caseCustomer);
  }

  /** The sender and the other recipients of an accepted mail, without the desk's own addresses. */
  private static List<String> onThread(InboundMail mail, Set<String> own) {
    List<String> addresses = new ArrayList<>();
    addresses.add(lower(mail.fromAddress()));
    addresses.addAll(mail.recipients());
    return addresses.stream().filter(a -> own.stream().noneMatch(a::equalsIgnoreCase)).distinct().toList();
  }

  /**
   * Our own Message-IDs the mail answers name a case most precisely (a stranger's reply opened as
   * its own case keeps the first case's number in its subject), then the subject's case number,
   * then other mails already on a case.
   */
  private Optional<CaseFile> answeredCase(Tenant tenant, InboundMail mail) {
    for (String caseId : MailThreading.ourCaseIds(mail.answered())) {
      Optional<CaseFile> ours = files.byId(tenant.tenantId(), caseId);
      if (ours.isPresent()) {
        return ours;
      }
    }
    Optional<CaseFile> bySubject = MailThreading.caseNumberIn(mail.subject(), tenant.caseNumberPrefix())
        .flatMap(n -> files.byNumber(tenant.tenantId(), n.toString()));
    if (bySubject.isPresent()) {
      return bySubject;
    }
    List<String> keys = mail.answered().stream().map(MailThreading::threadKey).toList();
    return keys.isEmpty() ? Optional.empty() : files.byThreadKey(tenant.tenantId(), keys);
  }

  /**
   * The mail's files within the case's bounds, their content stored under ids that follow from the
   * Message-ID, so a mail read again after a crash stores nothing twice.
   */
  private AttachmentLimits.Admitted keep(String tenantId, InboundMail mail, List<Attachment> onCase) {
    List<Attachment> named = new ArrayList<>();
    for (int i = 0; i < mail.attachments().size(); i++) {
      Attachment file = mail.attachments().get(i);
      String id = UUID.nameUUIDFromBytes((tenantId + "\n" + mail.messageId() + "\n" + i)
          .getBytes(StandardCharsets.UTF_8)).toString();
      named.add(new Attachment(id, file.name(), file.size(), file.contentType(), file.declaredType(), file.content()));
    }
    AttachmentLimits.Admitted admitted = limits.admit(named, onCase);
    List<Attachment> stored = new ArrayList<>();
    for (Attachment file : admitted.kept()) {
      if (file.content() != null) {
        attachments.put(tenantId, file);
      }
      stored.add(file.content() != null ? file.stored(file.id()) : file.stored(null));
    }
    return new AttachmentLimits.Admitted(stored, admitted.refused());
  }

  private static List<Attachment> onCase(CaseFile file) {
    List<Attachment> all = new ArrayList<>(file.opened().attachments());
    file.thread().forEach(a -> all.addAll(a.attachments()));
    return all;
  }

  private static NewRequest newRequest(String tenantId, InboundMail mail, String followUp,
      AttachmentLimits.Admitted files) {
    String subject = mail.subject().strip().isEmpty() ? "(no subject)" : bounded(mail.subject().strip(), MAX_SUBJECT);
    String text = followUp + (mail.text().isBlank() ? "(no text)" : mail.text().strip()) + files.note();
    String stated = StatedSeverity.findIn(subject, mail.text()).orElse(null);
    String from = lower(mail.fromAddress());
    return new NewRequest(
        tenantId,
        Channel.EMAIL,
        new Reporter(mail.fromName(), from, null),
        subject,
        bounded(text, MAX_TEXT),
        stated,
        stated == null ? null : SeverityScale.read(stated).orElse(null),
        null,
        VersionSpotter.findIn(subject + "\n" + mail.text()).orElse(null),
        language(mail),
        mail.messageId(),
        null,
        from.contains("@") ? from.substring(from.indexOf('@') + 1) : null,
        null,
        files.kept(),
        MailThreading.threadKey(mail.messageId()),
        null);
  }

  /**
   * The language the mail declares (Content-Language), else none: contracts-service guesses the
   * language of every channel's text when none is stated (docs/adr/0011).
   */
  private static String language(InboundMail mail) {
    String declared = mail.contentLanguage() == null ? "" : mail.contentLanguage().split(",")[0].strip();
    return !declared.isEmpty() && declared.length() <= 35 && LANGUAGE_TAG.matcher(declared).matches() ? declared : null;
  }

  private Received remember(String tenantId, InboundMail mail, Received received) {
    receipts.record(tenantId, new MailReceipts.Receipt(
        mail.messageId(), received.outcome().name(), received.caseNumber(), received.reason()));
    return received;
  }

  private static String lower(String s) {
    return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
  }

  private static String bounded(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }
}
