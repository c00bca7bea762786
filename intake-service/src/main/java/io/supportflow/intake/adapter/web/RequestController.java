package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.NewRequest;
import io.supportflow.intake.application.OpenCase;
import io.supportflow.intake.application.Opening;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SeverityScale;
import io.supportflow.intake.domain.SupportCase;
import io.supportflow.intake.domain.VersionSpotter;
import io.supportflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The portal channel: a customer's request over REST becomes a case at once. */
@RestController
@RequestMapping("/api/v1/requests")
@Tag(name = "Portal", description = "Customers and tenant integrations open cases")
public record RequestController(OpenCase openCase) {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private static final Pattern KEY_SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  @Operation(summary = "Open a case",
      description = "201 with the case number at once. With an Idempotency-Key, a retry of the same request "
          + "answers 200 with the same case (header Idempotent-Replayed: true); the same key with a different "
          + "request is 422. Needs an integration or customer key; a customer key makes the case that customer's.")
  @PostMapping(consumes = "application/json", produces = "application/json")
  ResponseEntity<OpenedCaseResponse> open(
      @AuthenticationPrincipal CallerPrincipal caller,
      @Parameter(description = "Client-chosen key (1-128 of A-Z a-z 0-9 . _ : -) that makes retries safe")
      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
      @Valid @RequestBody NewRequestBody body) {
    if (idempotencyKey != null && !KEY_SHAPE.matcher(idempotencyKey).matches()) {
      throw new InvalidRequestException(IDEMPOTENCY_KEY, "must be 1-128 characters of A-Z a-z 0-9 . _ : -");
    }
    Priority priority = body.severity() == null
        ? null
        : SeverityScale.read(body.severity())
            .orElseThrow(() -> new InvalidRequestException("severity",
                "'" + body.severity() + "' is not a severity; use P1-P4, SEV1-SEV4, Critical/Urgent/"
                    + "Moderate/Low, High/Medium/Low or 80/60/40/20"));
    String customerId = caller.customerIdOrNull();
    String subject = body.subject().strip();
    Opening opening = openCase.openOnce(new NewRequest(
        caller.tenantId(),
        Channel.PORTAL,
        new Reporter(body.reporter().name(), body.reporter().email().toLowerCase(Locale.ROOT),
            body.reporter().phone()),
        subject,
        body.description(),
        body.severity(),
        priority,
        body.product(),
        body.version() != null ? body.version()
            : VersionSpotter.findIn(subject + "\n" + body.description()).orElse(null),
        body.language(),
        idempotencyKey,
        customerId,
        customerId,
        body.category(),
        List.of(),
        idempotencyKey == null ? null : "idem:" + caller.subject() + ":" + idempotencyKey,
        idempotencyKey == null ? null : fingerprint(body)));
    SupportCase c = opening.opened().supportCase();
    OpenedCaseResponse response = new OpenedCaseResponse(c.caseId(), c.caseNumber().toString(), c.status().name(),
        c.priority().name(), c.receivedAt());
    if (!opening.created()) {
      return ResponseEntity.ok().header("Idempotent-Replayed", "true")
          .location(URI.create("/api/v1/cases/" + c.caseNumber())).body(response);
    }
    return ResponseEntity.created(URI.create("/api/v1/cases/" + c.caseNumber())).body(response);
  }

  /** What makes two requests "the same" for an idempotency key: every field, as sent. */
  private static String fingerprint(NewRequestBody body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(body.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
