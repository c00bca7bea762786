package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.CaseCustomers;
import io.supportflow.intake.application.portal.ListCustomerCases;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.web.InvalidRequestException;
import io.supportflow.web.PageSize;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/v1/cases: a customer's own cases, however they were opened (portal, mail, phone,
 * alert), once the case is the customer's: opened with its key, or identified by contracts.
 */
@RestController
@Tag(name = "Cases", description = "Read a case with its thread; customers reply")
public record CustomerCasesController(ListCustomerCases list) {

  static final int DEFAULT_LIMIT = 25;
  private static final PageSize PAGE_SIZE = new PageSize(DEFAULT_LIMIT, ListCustomerCases.MAX_LIMIT);

  record Item(String caseNumber, String status, String priority, String channel, String subject, Instant receivedAt) {}

  record Page(List<Item> items, String nextCursor) {}

  @Operation(summary = "List one's own cases (customer key)",
      description = "Newest first, a page at a time: pass nextCursor as cursor for the next page (null on the last). "
          + "Every case of the key's customer, also those opened by mail, phone or alert once contracts identified "
          + "the customer; never another customer's.")
  @GetMapping(path = "/api/v1/cases", produces = "application/json")
  Page cases(@AuthenticationPrincipal CallerPrincipal caller, @RequestParam(required = false) String cursor,
      @RequestParam(required = false) String limit) {
    String customerId = caller.customerIdOrNull();
    if (customerId == null) {
      throw new org.springframework.security.access.AccessDeniedException("the case list is for customer keys");
    }
    ListCustomerCases.Page page = list.page(caller.tenantId(), customerId, after(cursor), size(limit));
    return new Page(page.items().stream().map(CustomerCasesController::item).toList(),
        page.next() == null ? null : encode(page.next()));
  }

  private static Item item(CaseFile f) {
    return new Item(f.opened().caseNumber().toString(), f.status().name(), f.priority().name(),
        f.opened().channel().name(), f.opened().subject(), f.opened().receivedAt());
  }

  private static int size(String limit) {
    return PAGE_SIZE.parse(limit).orElseThrow(() -> new InvalidRequestException("limit", PAGE_SIZE.refusal()));
  }

  static String encode(CaseCustomers.After after) {
    String plain = after.receivedAt().toEpochMilli() + "|" + after.caseId();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static CaseCustomers.After after(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8)
          .split("\\|", 2);
      if (parts.length == 2 && !parts[1].isEmpty()) {
        return new CaseCustomers.After(Instant.ofEpochMilli(Long.parseLong(parts[0])), parts[1]);
      }
    } catch (IllegalArgumentException e) {
      // refused below
    }
    throw new InvalidRequestException("cursor", "is not a cursor this API handed out");
  }
}
