package io.supportflow.console.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.console.domain.CaseEventsFixture;
import io.supportflow.console.domain.ProjectedCase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseProjectionTest {

  /** In memory, with the revision check the Mongo store makes; can lose one race on demand. */
  static final class InMemoryCases implements ProjectedCases {
    final Map<String, ProjectedCase> cases = new HashMap<>();
    int racesToLose;
    int saves;
    int batchReads;
    int batchWrites;

    @Override
    public Map<CaseKey, ProjectedCase> byCaseIds(java.util.Collection<CaseKey> keys) {
      batchReads++;
      return ProjectedCases.super.byCaseIds(keys);
    }

    @Override
    public boolean saveAll(java.util.List<ProjectedCase> projected) {
      batchWrites++;
      return ProjectedCases.super.saveAll(projected);
    }

    @Override
    public Optional<ProjectedCase> byCaseId(String tenantId, String caseId) {
      return Optional.ofNullable(cases.get(tenantId + "/" + caseId));
    }

    @Override
    public boolean save(ProjectedCase c) {
      String id = c.tenantId() + "/" + c.caseId();
      long stored = cases.containsKey(id) ? cases.get(id).revision() : 0;
      if (racesToLose > 0) {
        racesToLose--;
        return false;
      }
      if (stored != c.revision()) {
        return false;
      }
      saves++;
      cases.put(id, new ProjectedCase(c.tenantId(), c.caseId(), c.caseNumber(), c.status(), c.statusAt(),
          c.priority(), c.priorityAt(), c.channel(), c.subject(), c.reporter(), c.customerId(), c.product(),
          c.version(), c.receivedAt(), c.requestSeen(), c.decision(), c.thread(), c.clocks(), c.escalations(),
          c.mails(), c.downtime(), c.appliedEventIds(), c.updatedAt(), stored + 1));
      return true;
    }
  }

  private final InMemoryCases store = new InMemoryCases();
  private final CaseProjection projection =
      new CaseProjection(store, Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
  private final CaseEventsFixture events = new CaseEventsFixture("acme", "ACME-1");

  @Test
  void aRedeliveredEventIsNotStoredAgain() {
    var opened = events.opened("EMAIL", "Ledger is down", "P1");

    assertThat(projection.apply(opened)).isTrue();
    assertThat(projection.apply(opened)).isFalse();
    assertThat(store.saves).isEqualTo(1);
  }

  @Test
  void aLostRaceIsReadAgainAndApplied() {
    projection.apply(events.opened("EMAIL", "Ledger is down", "P1"));
    store.racesToLose = 1;

    assertThat(projection.apply(events.decided("cust-1", "P1"))).isTrue();
    assertThat(store.byCaseId("acme", events.caseId).orElseThrow().customerId()).isEqualTo("cust-1");
  }

  @Test
  void theSameCaseIdOfAnotherTenantIsAnotherCase() {
    projection.apply(events.opened("EMAIL", "Ledger is down", "P1"));
    assertThat(store.byCaseId("globex", events.caseId)).isEmpty();
  }

  @Test
  void aPollsChangesAreAppliedWithOneReadAndOneWriteAndARedeliveryAmongThemChangesNothing() {
    CaseEventsFixture other = new CaseEventsFixture("acme", "ACME-2");
    var opened = events.opened("EMAIL", "Ledger is down", "P1");

    projection.applyAll(java.util.List.of(opened, events.decided("cust-1", "P1"), other.opened("PHONE", "Slow", "P3"),
        opened));

    assertThat(store.batchReads).isEqualTo(1);
    assertThat(store.batchWrites).isEqualTo(1);
    assertThat(store.saves).as("one save per case").isEqualTo(2);
    assertThat(store.byCaseId("acme", events.caseId).orElseThrow().customerId()).isEqualTo("cust-1");
    assertThat(store.byCaseId("acme", other.caseId)).isPresent();
  }

  @Test
  void aPollThatLosesARaceIsAppliedAgainOneChangeAtATime() {
    projection.apply(events.opened("EMAIL", "Ledger is down", "P1"));
    store.racesToLose = 1;

    projection.applyAll(java.util.List.of(events.decided("cust-1", "P1"), events.priorityChanged(5, "P2")));

    ProjectedCase now = store.byCaseId("acme", events.caseId).orElseThrow();
    assertThat(now.customerId()).isEqualTo("cust-1");
    assertThat(now.priority()).isEqualTo("P2");
  }
}
