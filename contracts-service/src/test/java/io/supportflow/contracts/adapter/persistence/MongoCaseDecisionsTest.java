package io.supportflow.contracts.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.supportflow.contracts.adapter.format.PolicyFormat;
import io.supportflow.contracts.application.DecidedCase;
import io.supportflow.contracts.application.RecordedDecision;
import io.supportflow.contracts.application.Revision;
import io.supportflow.contracts.application.SupportRequest;
import io.supportflow.contracts.domain.Channel;
import io.supportflow.contracts.domain.EntitlementDecision;
import io.supportflow.contracts.domain.EntitlementOutcome;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.RedecisionTrigger;
import io.supportflow.infra.stack.TestStack;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The decided cases against the Mongo wire server: writes on a stale revision lose, the outbox empties. */
class MongoCaseDecisionsTest {

  private static final Instant RECEIVED = Instant.parse("2026-06-03T10:00:00Z");

  private final MongoClient client = MongoClients.create(TestStack.shared().mongoUri());
  private final MongoCaseDecisions cases = new MongoCaseDecisions(
      client.getDatabase("contracts-cases-test-" + UUID.randomUUID()), PolicyFormat.json());

  private final SupportRequest request = new SupportRequest("req-1", "acme", "case-1", "ACME-1", Channel.PHONE,
      "Lena", null, "+31205550199", null, "Down", "Checkout is down.", Priority.P3, "en", null, null, null, RECEIVED);
  private final RecordedDecision first = new RecordedDecision("ev-1", RECEIVED, request, new EntitlementDecision(
      EntitlementOutcome.NOT_ENTITLED, "CHANNEL_NOT_IN_PLAN", "No phone for P3.", "litware", "c-1", null, null, "en"));

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aCaseIsKeptOnceAndFoundByItsCustomerWhileOpen() {
    cases.openIfAbsent(DecidedCase.decidedFirst(first));
    cases.openIfAbsent(DecidedCase.decidedFirst(first));

    assertThat(cases.find("case-1")).contains(DecidedCase.decidedFirst(first));
    assertThat(cases.openOf("acme", "litware")).extracting(DecidedCase::caseId).containsExactly("case-1");
    cases.close("case-1");
    assertThat(cases.openOf("acme", "litware")).isEmpty();
    assertThat(cases.find("case-1").orElseThrow().open()).isFalse();
  }

  @Test
  void aReDecisionIsStoredWithItsOutboxEntryAndAWriteOnAStaleRevisionLoses() {
    cases.openIfAbsent(DecidedCase.decidedFirst(first));
    DecidedCase read = cases.find("case-1").orElseThrow();
    RecordedDecision second = new RecordedDecision("ev-2", RECEIVED.plusSeconds(60), request.withPriority(Priority.P1),
        new EntitlementDecision(EntitlementOutcome.ENTITLED, "CONTRACT_ACTIVE", "Covered.", "litware", "c-1", null,
            null, "en"),
        new Revision(2, RECEIVED.plusSeconds(60), RedecisionTrigger.PRIORITY_CHANGED, "act-1",
            EntitlementOutcome.NOT_ENTITLED));
    DecidedCase next = new DecidedCase("case-1", "acme", "litware", true, Priority.P1, null, second, List.of("act-1"),
        read.revision());

    assertThat(cases.replace(read, next, second)).isTrue();
    assertThat(cases.replace(read, next, second)).as("written in between").isFalse();

    DecidedCase kept = cases.find("case-1").orElseThrow();
    assertThat(kept.inForce()).isEqualTo(second);
    assertThat(kept.handledTriggers()).containsExactly("act-1");
    assertThat(kept.revision()).isEqualTo(read.revision() + 1);
    assertThat(cases.unpublished()).containsExactly(second);
    cases.markPublished("case-1", "ev-2");
    assertThat(cases.unpublished()).isEmpty();
  }
}
