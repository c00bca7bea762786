package io.supportflow.intake.domain;

import java.util.List;
import java.util.Set;

/**
 * A case with where it stands now and its thread. {@code revision} grows with every activity, so
 * two agents acting at once cannot both move the case from the same state. {@code threadKeys} are
 * the channel references already on the case (mail Message-IDs, alert episodes), each at most once.
 * {@code participants} are the addresses on its thread (lower case): the reporter and the From, To
 * and Cc of mails accepted on it; they may write to the case (see {@link ReplyAuthorisation}).
 */
public record CaseFile(
    SupportCase opened, CaseStatus status, Priority priority, long revision, List<CaseActivity> thread,
    Set<String> threadKeys, Set<String> participants) {

  public CaseFile(SupportCase opened, CaseStatus status, Priority priority, long revision,
      List<CaseActivity> thread, Set<String> threadKeys) {
    this(opened, status, priority, revision, thread, threadKeys, Set.of());
  }

  public CaseFile {
    Required.present("opened, status, priority", opened, status, priority);
    thread = thread == null ? List.of() : List.copyOf(thread);
    threadKeys = threadKeys == null ? Set.of() : Set.copyOf(threadKeys);
    participants = participants == null ? Set.of() : Set.copyOf(participants);
  }

  public String caseId() {
    return opened.caseId();
  }

  /** Open for work: not resolved and not closed. */
  public boolean active() {
    return status != CaseStatus.RESOLVED && status != CaseStatus.CLOSED;
  }
}
