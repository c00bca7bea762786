package io.supportflow.intake.application.incidents;

import java.time.Instant;
import java.util.Optional;

/**
 * Who holds what while an incident is open, one claim per (tenant, key), claimed atomically: a case
 * ("case:&lt;caseId&gt;": a case is part of one open incident at a time), an alert fingerprint
 * ("alert:&lt;fingerprint&gt;": later cases of that alert join the incident) and a product
 * ("product:&lt;productId&gt;": one surge incident per product). A claim whose incident is gone or
 * resolved, or does not link the claimed case, is stale and may be taken over.
 */
public interface IncidentClaims {

  record Claim(String incidentId, Instant claimedAt) {}

  /** Claims the key for the incident unless it is claimed; returns the claim that stands (this one or the earlier). */
  Claim claim(String tenantId, String key, String incidentId, Instant at);

  /** Replaces the claim of {@code staleIncidentId} by one of {@code incidentId}; false when it is no longer the stale one's. */
  boolean takeOver(String tenantId, String key, String staleIncidentId, String incidentId, Instant at);

  Optional<Claim> holder(String tenantId, String key);

  /** Gives the key up if the incident holds it. */
  void release(String tenantId, String key, String incidentId);

  /** Gives up every key the incident holds (it was resolved). */
  void releaseAll(String tenantId, String incidentId);
}
