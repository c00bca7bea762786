package io.supportflow.contracts.application;

import java.time.Instant;

/** A published contract change as the re-decision reads it: whose contract, and when it was stored. */
public record ContractChangeNotice(String eventId, String tenantId, String customerId, Instant occurredAt) {}
