package io.supportflow.console.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.supportflow.console.application.CaseProjection;
import io.supportflow.console.domain.CaseEventsFixture;
import io.supportflow.console.domain.ProjectedCase;
import io.supportflow.infra.testing.ScannedFilters;
import io.supportflow.infra.testing.TestDatabases;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projection's store on the wire server: a save is conditioned on the revision read. */
class MongoCaseViewsTest {

  private final MongoDatabase database = TestDatabases.fresh("console-views");
  private final MongoCaseViews views = new MongoCaseViews(database);
  private final CaseProjection projection =
      new CaseProjection(views, Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
  private final CaseEventsFixture events = new CaseEventsFixture("acme", "ACME-1");

  @Test
  void aSaveOfAStoredViewIsServedFromAnIndexAndAppliedOnce() {
    var opened = events.opened("EMAIL", "Ledger is down", "P1");
    projection.apply(opened);
    var raised = events.priorityChanged(5, "P2");

    assertThat(ScannedFilters.during(database, "case_views", () -> assertThat(projection.apply(raised)).isTrue()))
        .as("filters that scan every view on the local stack's wire server").isEmpty();
    assertThat(projection.apply(raised)).as("redelivered").isFalse();
    assertThat(views.byCaseId("acme", opened.caseId())).map(ProjectedCase::revision).contains(2L);
  }

  @Test
  void aSaveFromAStaleReadIsRefused() {
    var opened = events.opened("EMAIL", "Ledger is down", "P1");
    projection.apply(opened);
    ProjectedCase stale = views.byCaseId("acme", opened.caseId()).orElseThrow();
    projection.apply(events.priorityChanged(5, "P2"));

    assertThat(views.save(stale)).isFalse();
    assertThat(views.byCaseId("acme", opened.caseId())).map(ProjectedCase::priority).contains("P2");
  }

  @Test
  void aPollsEventsAreReadAndWrittenOnceForAllTheirCasesAndAStaleOneFallsBackToOneAtATime() {
    CaseEventsFixture other = new CaseEventsFixture("acme", "ACME-2");
    var opened = events.opened("EMAIL", "Ledger is down", "P1");
    projection.apply(opened);
    ProjectedCase stale = views.byCaseId("acme", opened.caseId()).orElseThrow();

    projection.applyAll(List.of(events.decided("cust-1", "P1"), other.opened("PHONE", "Slow", "P3"),
        events.priorityChanged(5, "P2"), opened));

    assertThat(views.byCaseId("acme", opened.caseId())).get()
        .satisfies(c -> assertThat(c.customerId()).isEqualTo("cust-1"))
        .satisfies(c -> assertThat(c.priority()).isEqualTo("P2"))
        .satisfies(c -> assertThat(c.revision()).as("one write for both changes").isEqualTo(2L));
    assertThat(views.byCaseId("acme", other.caseId)).map(ProjectedCase::subject).contains("Slow");
    assertThat(views.saveAll(List.of(stale.apply(events.priorityChanged(9, "P4"), Instant.now()))))
        .as("a case written since it was read").isFalse();
    assertThat(views.byCaseId("acme", opened.caseId())).map(ProjectedCase::priority).contains("P2");
  }
}
