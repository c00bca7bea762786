package io.supportflow.contracts.application;

/**
 * A case activity that may re-decide a case arrived before the case's first decision was stored:
 * thrown so the record is delivered again (and dead-lettered, replayable, if it stays early).
 */
public final class CaseNotDecidedYet extends RuntimeException {

  public CaseNotDecidedYet(String caseId) {
    super("Case " + caseId + " has no decision yet; its activity is retried");
  }
}
