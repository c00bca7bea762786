package io.supportflow.intake.application;

import io.supportflow.intake.domain.CaseActivity;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.Priority;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The base of the in-memory case stores of the use-case tests: no mail threads, no alert cases, and
 * an append decided the way the conditional single-document store decides it.
 */
public abstract class FakeCaseFiles implements CaseFiles {

  @Override
  public Optional<CaseFile> byThreadKey(String tenantId, List<String> threadKeys) {
    return Optional.empty();
  }

  @Override
  public Optional<CaseFile> activeAlertCase(String tenantId, String fingerprint) {
    return Optional.empty();
  }

  /** STALE when the stored file is at another revision, DUPLICATE for a key it holds, else null (append). */
  protected static Append refusal(CaseFile stored, CaseFile expected, String dedupKey) {
    if (expected.revision() != stored.revision()) {
      return Append.STALE;
    }
    if (dedupKey != null && stored.threadKeys().contains(dedupKey)) {
      return Append.DUPLICATE;
    }
    return null;
  }

  /** The stored file with the activity appended, at the next revision. */
  protected static CaseFile appended(CaseFile stored, CaseActivity activity, Priority priorityAfter, String dedupKey) {
    List<CaseActivity> thread = new ArrayList<>(stored.thread());
    thread.add(activity);
    Set<String> keys = new HashSet<>(stored.threadKeys());
    if (dedupKey != null) {
      keys.add(dedupKey);
    }
    return new CaseFile(stored.opened(), activity.statusAfter(), priorityAfter, stored.revision() + 1, thread, keys);
  }
}
