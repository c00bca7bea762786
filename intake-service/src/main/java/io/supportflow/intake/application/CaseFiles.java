package io.supportflow.intake.application;

import io.supportflow.intake.domain.CaseActivity;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Cases with their live status and thread. An activity is appended in one conditional write
 * (status, priority, thread and pending announcement together), so a crash never leaves a status
 * change without its event, and two concurrent changes cannot both apply to the same version.
 */
public interface CaseFiles {

  enum Append { APPENDED, DUPLICATE, STALE }

  Optional<CaseFile> byNumber(String tenantId, String caseNumber);

  Optional<CaseFile> byId(String tenantId, String caseId);

  /** The case whose thread holds any of these keys (e.g. "mail:&lt;message-id&gt;"). */
  Optional<CaseFile> byThreadKey(String tenantId, List<String> threadKeys);

  /** The newest case of this alert fingerprint that is still being worked on. */
  Optional<CaseFile> activeAlertCase(String tenantId, String fingerprint);

  /**
   * Appends the activity if the case is still at {@code file.revision()} and (when given) the
   * thread does not hold {@code dedupKey} yet.
   */
  Append append(CaseFile file, CaseActivity activity, Priority priorityAfter, String dedupKey);

  /** Adds addresses to the case's participants (lower case); adding one twice changes nothing. */
  void addParticipants(String tenantId, String caseId, java.util.Collection<String> addresses);

  void markActivityAnnounced(String caseId, String eventId);

  List<ActivityOnCase> unannouncedActivitiesBefore(Instant cutoff, int limit);
}
