package io.supportflow.intake.application.incidents;

import io.supportflow.intake.domain.incident.Incident;
import io.supportflow.intake.domain.incident.IncidentNotice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tenants' major incidents. A change is stored in one conditional write: the incident as it is
 * after it, the notices of its linked cases pending announcement (the outbox the relay announces
 * from) and, when it resolves the incident, the cases still to resolve; two changes of the same
 * revision cannot both apply.
 */
public interface Incidents {

  enum Save { SAVED, STALE }

  /** A notice waiting to be announced, with its tenant. */
  record PendingNotice(String tenantId, IncidentNotice notice) {}

  /** A resolved incident whose listed cases are not all resolved yet. */
  record Resolving(Incident incident, List<String> caseIds) {}

  void insert(Incident incident);

  Optional<Incident> byId(String tenantId, String incidentId);

  /** The tenant's incidents, newest first; only the open ones when {@code openOnly}. */
  List<Incident> ofTenant(String tenantId, boolean openOnly, int limit);

  /** Stores the change if the incident is still at {@code before.revision()}. */
  Save save(Incident before, Incident.Change change);

  void markAnnounced(String incidentId, String eventId);

  /** Notices stored before the cutoff and not announced yet, at most {@code limit}. */
  List<PendingNotice> unannouncedBefore(Instant cutoff, int limit);

  void markCaseResolved(String incidentId, String caseId);

  /** Incidents resolved before the cutoff with cases still to resolve, at most {@code limit}. */
  List<Resolving> resolvingBefore(Instant cutoff, int limit);
}
