package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.AccessKeys;
import io.supportflow.intake.application.CustomerContacts;
import io.supportflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's integration tells intake who the contacts of each customer are: the addresses, besides
 * a case's reporter and those on its thread, that may write to that customer's cases.
 */
@RestController
@Tag(name = "Customer contacts", description = "Who may write to a customer's cases")
public record CustomerContactsController(CustomerContacts contacts) {

  record ContactsBody(@NotNull @Size(max = 500) List<@NotBlank @Email @Size(max = 320) String> contacts) {}

  @Operation(summary = "Replace a customer's contact list (integration key)",
      description = "Exact addresses, compared case-insensitively; a forged sender in a contact's domain is not a "
          + "contact. An address belongs to one customer of the tenant at a time.")
  @PutMapping(path = "/api/v1/customers/{customerId}/contacts", consumes = "application/json",
      produces = "application/json")
  ContactsBody replace(@AuthenticationPrincipal CallerPrincipal caller,
      @PathVariable String customerId, @Valid @RequestBody ContactsBody body) {
    if (caller.role() != AccessKeys.Role.INTEGRATION) {
      throw new AccessDeniedException("contacts are set by the tenant's integration key");
    }
    if (!customerId.matches("[A-Za-z0-9._-]{1,100}")) {
      throw new InvalidRequestException("customerId", "must be 1-100 of A-Z a-z 0-9 . _ -");
    }
    List<String> addresses = body.contacts().stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    contacts.saveCustomerContacts(caller.tenantId(), customerId, addresses);
    return new ContactsBody(addresses);
  }
}
