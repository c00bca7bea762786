package io.supportflow.intake.application;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/**
 * Announces stored cases together: sent and confirmed as one, then marked announced with one write.
 * A failure leaves them pending for the relay, which announces them under the same event ids.
 */
public record AnnounceOpenedCases(RequestPublisher publisher, CaseRecords records, Clock clock) {

  private static final System.Logger LOG = System.getLogger(AnnounceOpenedCases.class.getName());

  public void announceAll(List<OpenedCase> opened) {
    if (opened.isEmpty()) {
      return;
    }
    try {
      publisher.announceAll(opened);
      records.markAllAnnounced(opened.stream().map(o -> o.supportCase().caseId()).toList(), clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, opened.size() + " case(s) stored, first " + opened.getFirst().supportCase().caseNumber()
          + "; announcing them failed and the relay will retry: " + e.getMessage());
    }
  }
}
