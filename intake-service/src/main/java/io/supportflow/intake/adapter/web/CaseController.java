package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.AccessKeys;
import io.supportflow.intake.application.CaseNotFoundException;
import io.supportflow.intake.application.ViewCase;
import io.supportflow.intake.application.portal.ReplyToOwnCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A customer reads its own cases and replies to them; an agent reads any case of its tenant. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Read a case with its thread; customers reply")
public record CaseController(ViewCase viewCase, ReplyToOwnCase replyToOwnCase) {

  private static final java.util.regex.Pattern ATTACHMENT_ID = java.util.regex.Pattern.compile("[0-9a-f-]{36}");

  record ReplyBody(@NotBlank @Size(max = 20_000)
      String message) {}

  @Operation(summary = "Read a case and its thread",
      description = "Customer key: only that customer's cases (anyone else's answer 404) and only the entries "
          + "visible to the customer. Agent key: any case of the tenant, whole thread.")
  @GetMapping(path = "/{caseNumber}", produces = "application/json")
  CaseView read(@AuthenticationPrincipal CallerPrincipal caller, @PathVariable String caseNumber) {
    return CaseView.of(viewCase.view(caller.tenantId(), CaseNumbers.checked(caseNumber), caller.customerIdOrNull()),
        caller.customerIdOrNull() != null);
  }

  @Operation(summary = "Download a file of a case (customer: own cases, files it may see; agent: any)",
      description = "Always as a download (Content-Disposition: attachment) with the type sniffed from the content and "
          + "X-Content-Type-Options: nosniff, so no file is ever shown or run by the browser.")
  @GetMapping(path = "/{caseNumber}/attachments/{attachmentId}")
  ResponseEntity<byte[]> download(@AuthenticationPrincipal CallerPrincipal caller, @PathVariable String caseNumber,
      @PathVariable String attachmentId) {
    if (caller.role() != AccessKeys.Role.CUSTOMER && caller.role() != AccessKeys.Role.AGENT) {
      throw new org.springframework.security.access.AccessDeniedException("files are for customer and agent keys");
    }
    if (!ATTACHMENT_ID.matcher(attachmentId).matches()) {
      throw new CaseNotFoundException("(malformed)");
    }
    ViewCase.Download file = viewCase.download(caller.tenantId(), CaseNumbers.checked(caseNumber),
        caller.customerIdOrNull(), attachmentId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.file().contentType()))
        .contentLength(file.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(file.file().name(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(file.content());
  }

  @Operation(summary = "Reply to one's own case (customer key)",
      description = "Recorded as CUSTOMER_REPLIED on intake.case-activity. 409 when the case is closed.")
  @PostMapping(path = "/{caseNumber}/replies", consumes = "application/json", produces = "application/json")
  ResponseEntity<ActivityResponse> reply(@AuthenticationPrincipal CallerPrincipal caller,
      @PathVariable String caseNumber, @Valid @RequestBody ReplyBody body) {
    String customerId = caller.customerIdOrNull();
    if (customerId == null) {
      throw new org.springframework.security.access.AccessDeniedException("replies are for customer keys");
    }
    var recorded = replyToOwnCase.reply(caller.tenantId(), customerId, CaseNumbers.checked(caseNumber),
        body.message());
    return ResponseEntity.status(HttpStatus.CREATED).body(ActivityResponse.of(recorded));
  }
}
