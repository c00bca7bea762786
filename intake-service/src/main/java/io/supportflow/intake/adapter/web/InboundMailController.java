package io.supportflow.intake.adapter.web;

import io.supportflow.intake.adapter.mail.MimeMailReader;
import io.supportflow.intake.adapter.mail.UnreadableMailException;
import io.supportflow.intake.application.mail.MailQuarantine;
import io.supportflow.intake.application.mail.ReceiveMail;
import io.supportflow.intake.domain.InboundMail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The e-mail channel for mail providers that forward inbound mail by webhook, raw RFC 822. */
@RestController
@Tag(name = "E-mail", description = "Raw inbound mail from a provider's webhook")
public record InboundMailController(MimeMailReader reader, ReceiveMail receiveMail, MailQuarantine quarantine) {

  record MailOutcome(String outcome, String caseNumber, String reason) {}

  @Operation(summary = "Deliver one raw mail (Content-Type: message/rfc822, integration key)",
      description = "201 OPENED (a new case); 200 REPLIED (added to the case it answers), DUPLICATE (this "
          + "Message-ID was read before) or IGNORED (auto-reply, bounce, list or our own mail, with the reason). "
          + "A mail that cannot be read is kept in quarantine: 422 with its quarantineId.")
  @PostMapping(path = "/api/v1/inbound-mail", consumes = "message/rfc822", produces = "application/json")
  ResponseEntity<MailOutcome> receive(@AuthenticationPrincipal CallerPrincipal integration, @RequestBody byte[] raw) {
    InboundMail mail;
    try {
      mail = reader.read(raw);
    } catch (UnreadableMailException e) {
      throw new QuarantinedMailException(e.getMessage(), quarantine.keep(integration.tenantId(), raw, e.getMessage()));
    }
    ReceiveMail.Received received = receiveMail.receive(integration.tenantId(), mail);
    MailOutcome body = new MailOutcome(received.outcome().name(), received.caseNumber(), received.reason());
    return received.outcome() == ReceiveMail.Outcome.OPENED
        ? ResponseEntity.status(201).body(body)
        : ResponseEntity.ok(body);
  }
}
