package io.supportflow.console.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.supportflow.console.adapter.persistence.MongoCaseIncidents;
import io.supportflow.console.domain.CaseIncident;
import io.supportflow.events.IncidentActivity;
import io.supportflow.events.IncidentActivityRecorded;
import io.supportflow.schemas.CaseEventHead;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** intake.incidents over the real broker: the case's page names the incident it is part of, the latest word winning. */
class CaseIncidentsFlowTest extends ConsoleServiceTest {

  private static final Instant LINKED_AT = Instant.parse("2026-03-02T08:10:00Z");

  @Autowired MongoCaseIncidents incidents;

  @Test
  void aLinkedCaseNamesItsIncidentWithItsLatestStatusUntilItIsUnlinked() {
    String caseId = UUID.randomUUID().toString();
    String incidentId = UUID.randomUUID().toString();
    IncidentActivityRecorded linked = told(caseId, incidentId, IncidentActivity.LINKED, "INVESTIGATING", LINKED_AT);
    IncidentActivityRecorded update = told(caseId, incidentId, IncidentActivity.UPDATE_POSTED, "IDENTIFIED",
        LINKED_AT.plusSeconds(60));
    // Read before the link (another partition's order does not matter here; a redelivery neither).
    STACK.publish(update);
    STACK.publish(linked);
    STACK.publish(update);

    CaseIncident incident = await().atMost(DEADLINE).pollInterval(Duration.ofMillis(100))
        .until(() -> incidents.of("flow", caseId), Optional::isPresent).orElseThrow();
    await().atMost(Duration.ofSeconds(2)).during(Duration.ofMillis(500))
        .until(() -> incidents.of("flow", caseId).map(CaseIncident::status).orElse(""), "IDENTIFIED"::equals);
    assertThat(incident.incidentId()).isEqualTo(incidentId);
    assertThat(incidents.of("flow", caseId).orElseThrow().line()).isEqualTo("Checkout outage (IDENTIFIED)");
    assertThat(incidents.of("other-tenant", caseId)).isEmpty();

    STACK.publish(told(caseId, incidentId, IncidentActivity.UNLINKED, "IDENTIFIED", LINKED_AT.plusSeconds(120)));
    await().atMost(DEADLINE).until(() -> incidents.of("flow", caseId).isEmpty());
  }

  private static IncidentActivityRecorded told(String caseId, String incidentId, IncidentActivity activity,
      String status, Instant at) {
    var head = new CaseEventHead(UUID.randomUUID().toString(), at, "flow", caseId, "FLOW-9" + caseId.substring(0, 4));
    return IncidentActivityRecorded.newBuilder(head.on(new IncidentActivityRecorded()))
        .setIncidentId(incidentId)
        .setIncidentEventId(UUID.randomUUID().toString())
        .setActivity(activity)
        .setTitle("Checkout outage")
        .setIncidentStatus(status)
        .setLinkedCases(1)
        .build();
  }
}
