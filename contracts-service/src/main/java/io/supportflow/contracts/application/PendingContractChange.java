package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.ContractChange;
import java.time.Instant;

/** A contract change stored with the policy edit that made it, until it is published. */
public record PendingContractChange(
    String eventId, String tenantId, Instant occurredAt, long revision, ContractChange change) {}
