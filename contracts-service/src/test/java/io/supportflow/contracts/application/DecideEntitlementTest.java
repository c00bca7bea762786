package io.supportflow.contracts.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.contracts.domain.Channel;
import io.supportflow.contracts.domain.CustomerIdentification;
import io.supportflow.contracts.domain.EntitlementPolicy;
import io.supportflow.contracts.domain.Priority;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The round trips of a decision: the log is read only where a quota slot is at stake. */
class DecideEntitlementTest {

  private final RecordingLog log = new RecordingLog();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-06-03T10:00:00Z"));
  private final InMemoryCaseDecisions cases = new InMemoryCaseDecisions();
  private final Map<String, Integer> policyReads = new HashMap<>();
  private final TenantPolicies policies = new CountingPolicies(HeldPolicies.none(), policyReads);
  private final DecideEntitlement decide = new DecideEntitlement(policies, log, cases,
      (tenant, contract, period, caseId) -> {
        throw new AssertionError("no decision here takes a quota slot");
      },
      new CustomerIdentification(), new EntitlementPolicy((region, year) -> Set.of()), clock);

  private final SupportRequest request = new SupportRequest("req-1", "acme", "case-1", "ACME-1",
      Channel.PORTAL, "Ada", "ada@nowhere.example", null, null, "Down", "", Priority.P1, "en", null, null,
      null, Instant.parse("2026-06-03T09:59:00Z"));

  @Test
  void aDecisionWithoutAQuotaSlotIsStoredWithOneInsertAndNoRead() {
    RecordedDecision decided = decideOne(request);

    assertThat(decided.decision().reasonCode()).isEqualTo("UNKNOWN_CUSTOMER");
    assertThat(log.reads).isZero();
    assertThat(log.stored).containsExactly(Map.entry("req-1", decided));
  }

  @Test
  void aRedeliveredRequestGetsTheStoredDecisionWithItsEventIdAndTime() {
    RecordedDecision first = decideOne(request);
    clock.now = clock.now.plusSeconds(60);

    RecordedDecision again = decideOne(request);

    assertThat(again).isEqualTo(first);
    assertThat(log.stored).hasSize(1);
  }

  @Test
  void theCaseIsKeptOpenForReDecidingOnceUnderItsFirstDecision() {
    RecordedDecision first = decideOne(request);
    decideOne(request);

    assertThat(cases.find("case-1")).contains(DecidedCase.decidedFirst(first));
  }

  @Test
  void aBatchReadsEachTenantsPolicyOnceAndStoresItsDecisionsAndCasesWithOneWriteEach() {
    SupportRequest ofOther = new SupportRequest("req-2", "globex", "case-2", "GLOBEX-1", Channel.PORTAL, "Bo",
        "bo@nowhere.example", null, null, "Down", "", Priority.P2, "en", null, null, null, request.receivedAt());
    SupportRequest again = new SupportRequest("req-3", "acme", "case-3", "ACME-2", Channel.PORTAL, "Ada",
        "ada@nowhere.example", null, null, "Slow", "", Priority.P3, "en", null, null, null, request.receivedAt());

    List<RecordedDecision> decided = decide.decideAll(List.of(request, ofOther, again, request));

    assertThat(decided).extracting(d -> d.request().eventId()).containsExactly("req-1", "req-2", "req-3", "req-1");
    assertThat(decided.get(3)).as("a redelivery in the same batch").isEqualTo(decided.get(0));
    assertThat(decided.get(1).request().tenantId()).isEqualTo("globex");
    assertThat(policyReads).containsExactlyInAnyOrderEntriesOf(Map.of("acme", 1, "globex", 1));
    assertThat(log.batches).as("one write for the batch's decisions").isEqualTo(1);
    assertThat(log.stored).hasSize(3);
    assertThat(cases.cases).containsOnlyKeys("case-1", "case-2", "case-3");
  }

  /** Counts each tenant's policy reads. */
  private record CountingPolicies(HeldPolicies held, Map<String, Integer> reads) implements TenantPolicies {
    @Override public Optional<StoredPolicy> find(String tenantId) {
      reads.merge(tenantId, 1, Integer::sum);
      return held.find(tenantId);
    }
    @Override public void createIfAbsent(io.supportflow.contracts.domain.TenantPolicy initial) { held.createIfAbsent(initial); }
    @Override public void save(StoredPolicy next, long expectedRevision, List<PendingContractChange> changes) {
      held.save(next, expectedRevision, changes);
    }
    @Override public List<PendingContractChange> pendingChanges(String tenantId) { return held.pendingChanges(tenantId); }
    @Override public List<String> tenantsWithPendingChanges() { return held.tenantsWithPendingChanges(); }
    @Override public void markPublished(String tenantId, String eventId) { held.markPublished(tenantId, eventId); }
  }

  /** Like the Mongo log: an insert that collides on the request's event id returns the stored decision. */
  private static final class RecordingLog implements DecisionLog {
    final Map<String, RecordedDecision> stored = new HashMap<>();
    int reads;
    int batches;

    @Override
    public List<RecordedDecision> recordAllOnce(List<RecordedDecision> decisions) {
      batches++;
      return DecisionLog.super.recordAllOnce(decisions);
    }

    @Override
    public Optional<RecordedDecision> forRequest(String requestEventId) {
      reads++;
      return Optional.ofNullable(stored.get(requestEventId));
    }

    @Override
    public Optional<RecordedDecision> forCase(String caseId) {
      reads++;
      return stored.values().stream().filter(d -> d.request().caseId().equals(caseId)).findFirst();
    }

    @Override
    public RecordedDecision recordOnce(RecordedDecision decision) {
      return stored.computeIfAbsent(decision.request().eventId(), id -> decision);
    }
  }


  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  }

  private RecordedDecision decideOne(SupportRequest request) {
    return decide.decideAll(List.of(request)).getFirst();
  }
}
