package io.supportflow.contracts.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.supportflow.contracts.adapter.format.PolicyFormat;
import io.supportflow.contracts.application.DecidedCase;
import io.supportflow.contracts.application.RecordedDecision;
import io.supportflow.contracts.application.SupportRequest;
import io.supportflow.contracts.domain.Channel;
import io.supportflow.contracts.domain.EntitlementDecision;
import io.supportflow.contracts.domain.EntitlementOutcome;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.infra.stack.TestStack;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A poll's decisions stored with one unordered insert against the Mongo wire server: a request
 * decided before, or twice in the same batch, keeps its first decision; the others are stored.
 */
class MongoDecisionLogTest {

  private static final Instant RECEIVED = Instant.parse("2026-06-03T10:00:00Z");

  private final MongoClient client = MongoClients.create(TestStack.shared().mongoUri());
  private final MongoDatabase database = client.getDatabase("contracts-log-test-" + UUID.randomUUID());
  private final MongoDecisionLog log = new MongoDecisionLog(database, PolicyFormat.json());
  private final MongoCaseDecisions cases = new MongoCaseDecisions(database, PolicyFormat.json());

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aBatchKeepsTheFirstDecisionOfEachRequestWhetherStoredBeforeOrEarlierInTheBatch() {
    RecordedDecision storedBefore = decision("req-1", "ev-1", "CONTRACT_ACTIVE");
    log.recordOnce(storedBefore);
    RecordedDecision fresh = decision("req-2", "ev-2", "UNKNOWN_CUSTOMER");
    RecordedDecision firstInBatch = decision("req-3", "ev-3", "CONTRACT_ACTIVE");

    List<RecordedDecision> stored = log.recordAllOnce(List.of(
        decision("req-1", "ev-1-again", "UNKNOWN_CUSTOMER"), fresh, firstInBatch,
        decision("req-3", "ev-3-again", "UNKNOWN_CUSTOMER")));

    assertThat(stored).containsExactly(storedBefore, fresh, firstInBatch, firstInBatch);
    assertThat(log.forRequest("req-2")).contains(fresh);
    assertThat(database.getCollection("decisions").countDocuments()).isEqualTo(3);
  }

  @Test
  void aBatchOfCasesKeepsEachOnceAndLeavesACaseKeptBeforeAsItIs() {
    DecidedCase keptBefore = DecidedCase.decidedFirst(decision("req-1", "ev-1", "CONTRACT_ACTIVE"));
    cases.openIfAbsent(keptBefore);
    DecidedCase fresh = DecidedCase.decidedFirst(decision("req-2", "ev-2", "UNKNOWN_CUSTOMER"));

    cases.openAllIfAbsent(List.of(
        DecidedCase.decidedFirst(decision("req-1", "ev-1-again", "UNKNOWN_CUSTOMER")), fresh, fresh));

    assertThat(cases.find(keptBefore.caseId())).contains(keptBefore);
    assertThat(cases.find(fresh.caseId())).contains(fresh);
    assertThat(database.getCollection("cases").countDocuments()).isEqualTo(2);
  }

  private static RecordedDecision decision(String requestId, String eventId, String reasonCode) {
    SupportRequest request = new SupportRequest(requestId, "acme", "case-of-" + requestId, "ACME-1", Channel.PORTAL,
        "Ada", "ada@example.com", null, null, "Down", "Checkout is down.", Priority.P1, "en", null, null, null,
        RECEIVED);
    return new RecordedDecision(eventId, RECEIVED, request, new EntitlementDecision(
        EntitlementOutcome.NOT_ENTITLED, reasonCode, "Because.", null, null, null, null, "en"));
  }
}
