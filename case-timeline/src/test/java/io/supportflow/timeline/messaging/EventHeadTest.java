package io.supportflow.timeline.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.events.EscalationRaised;
import io.supportflow.events.Priority;
import io.supportflow.events.Reporter;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.Publication;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.avro.AvroRuntimeException;
import org.junit.jupiter.api.Test;

/** The head of a replayed case's event, set once for every event type. */
class EventHeadTest {

  private static final Instant AT = Instant.parse("2026-11-24T09:00:00Z");
  private static final CaseTimeline<String> CASE = new CaseTimeline<>("case-1", "acme", "ACME-7", null, 0,
      io.supportflow.timeline.Priority.P2, AT, "terms", List.of(), Set.of());

  @Test
  void theHeadCarriesTheOutputsEventIdItsTimeAndTheCase() {
    EscalationRaised event = EscalationRaised.newBuilder(TimelineEvents.headed(new EscalationRaised(), CASE, "out-1", AT))
        .setPriority(Priority.P2).setLevel(1).setRole("Support Manager").setReason("not resolved within 1 hour")
        .build();

    assertThat(event.getEventId()).isEqualTo(Publication.eventId("out-1"));
    assertThat(event.getOccurredAt()).isEqualTo(AT);
    assertThat(event.getTenantId()).isEqualTo("acme");
    assertThat(event.getCaseId()).isEqualTo("case-1");
    assertThat(event.getCaseNumber()).isEqualTo("ACME-7");
  }

  @Test
  void theBuilderStillRefusesAFieldOfTheBodyLeftUnset() {
    assertThatThrownBy(() -> EscalationRaised.newBuilder(TimelineEvents.headed(new EscalationRaised(), CASE, "out-1", AT))
        .setPriority(Priority.P2).setLevel(1).setReason("r").build())
        .isInstanceOf(AvroRuntimeException.class).hasMessageContaining("role");
  }

  @Test
  void aRecordWithoutTheHeadIsRefusedByName() {
    assertThatThrownBy(() -> TimelineEvents.headed(new Reporter(), CASE, "out-1", AT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Reporter has no field eventId");
  }
}
