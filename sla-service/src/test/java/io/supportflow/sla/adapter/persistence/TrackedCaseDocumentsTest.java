package io.supportflow.sla.adapter.persistence;

import io.supportflow.businesstime.BusinessCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TrackedCaseDocumentsTest {

  private static final SlaTerms TERMS = new SlaTerms(BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/Amsterdam")),
      List.of(new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES)),
      WarningShare.DEFAULT, Set.of(Priority.P1, Priority.P2));

  @Test
  void theTermsSurviveTheirDocumentWithThePrioritiesWorkedRoundTheClock() {
    Document stored = new Document("_id", "c-1").append("terms", TrackedCaseDocuments.terms(TERMS));

    SlaTerms read = TrackedCaseDocuments.trackedCase(stored).terms();

    assertThat(read.aroundTheClockOnceWorking()).containsExactlyInAnyOrder(Priority.P1, Priority.P2);
    assertThat(read.targets()).isEqualTo(TERMS.targets());
    assertThat(read.calendar().baseHours()).isEqualTo(TERMS.calendar().baseHours());
  }

  @Test
  void aCaseStoredBeforeTheTermsCarriedTheListRunsNothingRoundTheClock() {
    Document terms = TrackedCaseDocuments.terms(TERMS);
    terms.remove("aroundTheClockOnceWorking");

    SlaTerms read = TrackedCaseDocuments.trackedCase(new Document("_id", "c-1").append("terms", terms)).terms();

    assertThat(read.aroundTheClockOnceWorking()).isEmpty();
  }
}
