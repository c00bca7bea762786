package io.supportflow.sla.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import io.supportflow.timeline.Priority;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class SlaTermsDocumentsTest {

  private final SlaTermsDocuments codec = new SlaTermsDocuments();

  private static final SlaTerms TERMS = new SlaTerms(BusinessCalendar.twentyFourSeven(ZoneId.of("Europe/Amsterdam")),
      List.of(new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES)),
      WarningShare.DEFAULT, Set.of(Priority.P1, Priority.P2));

  @Test
  void theTermsSurviveTheirDocumentWithThePrioritiesWorkedRoundTheClock() {
    SlaTerms read = codec.read(codec.write(TERMS));

    assertThat(read.aroundTheClockOnceWorking()).containsExactlyInAnyOrder(Priority.P1, Priority.P2);
    assertThat(read.targets()).isEqualTo(TERMS.targets());
    assertThat(read.calendar().baseHours()).isEqualTo(TERMS.calendar().baseHours());
  }

  @Test
  void aCaseStoredBeforeTheTermsCarriedTheListRunsNothingRoundTheClock() {
    Document terms = codec.write(TERMS);
    terms.remove("aroundTheClockOnceWorking");

    SlaTerms read = codec.read(terms);

    assertThat(read.aroundTheClockOnceWorking()).isEmpty();
  }
}
