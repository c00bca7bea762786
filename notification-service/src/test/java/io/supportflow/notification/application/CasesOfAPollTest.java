package io.supportflow.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.notification.domain.CaseEvent;
import io.supportflow.notification.domain.NotifiedCase;
import io.supportflow.notification.domain.Priority;
import io.supportflow.notification.domain.StatusMailPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A poll's events over its cases read once and written once: the use case decides as it does for
 * one event at a time, and the stores see one read and one write per poll, and nothing of a poll
 * that failed.
 */
class CasesOfAPollTest {

  private static final Instant RECEIVED = Instant.parse("2026-11-24T09:00:00Z");
  private static final Map<Priority, Duration> CADENCES = Map.of(Priority.P1, Duration.ofMinutes(30));

  private final InMemoryPorts ports = new InMemoryPorts();
  private final List<String> storeCalls = new ArrayList<>();
  private final NotifiedCases countedCases = new NotifiedCases() {
    @Override
    public java.util.Optional<NotifiedCase> find(String caseId) {
      storeCalls.add("find " + caseId);
      return ports.caseStore.find(caseId);
    }

    @Override
    public void save(NotifiedCase c) {
      storeCalls.add("save " + c.caseId());
      ports.caseStore.save(c);
    }

    @Override
    public Map<String, NotifiedCase> findAll(Collection<String> caseIds) {
      storeCalls.add("findAll " + caseIds);
      return ports.caseStore.findAll(caseIds);
    }

    @Override
    public void saveAll(Collection<NotifiedCase> cases) {
      storeCalls.add("saveAll " + cases.stream().map(NotifiedCase::caseId).toList());
      cases.forEach(ports.caseStore::save);
    }
  };
  private final NotifyCaseChanges caseChanges = new NotifyCaseChanges(countedCases, ports.earlyEvents, ports.timers,
      new MailDelivery(ports.outbox, ports.notifier, Clock.fixed(RECEIVED, ZoneOffset.UTC)),
      "support-team@acme-support.example");

  @Test
  void aResolutionAheadOfItsDecisionInThePollIsAppliedWhenTheDecisionFollowsAndTheCaseWrittenOnce() {
    CasesOfAPoll poll = caseChanges.inPoll(List.of("case-1", "case-2"));

    poll.changes().activity(activity("case-1", "r-1", CaseEvent.Kind.RESOLVED));
    List<DeliveryAttempt> sent = poll.changes().decided(decided("case-1"));
    poll.changes().decided(decided("case-2"));
    poll.changes().activity(activity("case-2", "a-1", CaseEvent.Kind.AGENT_RESPONDED));

    assertThat(sent).extracting(DeliveryAttempt::notificationId).containsExactly("case-1:RESOLUTION:r-1");
    assertThat(ports.cases).as("nothing written before the poll commits").isEmpty();
    assertThat(ports.clears).as("early events cleared only after their case is saved").isEmpty();

    poll.commit();

    assertThat(storeCalls).containsExactly("findAll [case-1, case-2]", "saveAll [case-1, case-2]");
    assertThat(ports.cases.get("case-1").resolved()).isTrue();
    assertThat(ports.cases.get("case-2").latestResponse()).isEqualTo("response a-1");
    assertThat(ports.clears).containsExactly("case-1");
    assertThat(ports.wakeUps).as("only case-2 expects status mails")
        .containsExactly(RECEIVED.plus(Duration.ofMinutes(30)));
  }

  @Test
  void aStatusMailPlannedAndCancelledInOnePollIsNeverStored() {
    CasesOfAPoll poll = caseChanges.inPoll(List.of("case-1"));

    poll.changes().decided(decided("case-1"));
    poll.changes().activity(activity("case-1", "r-1", CaseEvent.Kind.RESOLVED));
    poll.commit();

    assertThat(ports.timeline).as("the first status mail was dropped before the cancel").containsExactly(
        "cancel case-1");
    assertThat(ports.cases.get("case-1").resolved()).isTrue();
  }

  @Test
  void aPollThatIsNotCommittedLeavesTheCasesAsStoredAndItsRedoSendsNoMailTwice() {
    CasesOfAPoll failed = caseChanges.inPoll(List.of("case-1"));
    failed.changes().decided(decided("case-1"));
    failed.changes().activity(activity("case-1", "r-1", CaseEvent.Kind.RESOLVED));
    // the poll fails here: nothing is committed

    assertThat(ports.cases).isEmpty();
    assertThat(ports.mails).hasSize(1);

    CasesOfAPoll redo = caseChanges.inPoll(List.of("case-1"));
    redo.changes().decided(decided("case-1"));
    redo.changes().activity(activity("case-1", "r-1", CaseEvent.Kind.RESOLVED));
    redo.commit();

    assertThat(ports.mails).as("the resolution mail once: the outbox holds it as sent").hasSize(1);
    assertThat(ports.cases.get("case-1").resolved()).isTrue();
  }

  private static NotifiedCase decided(String caseId) {
    return new NotifiedCase("acme", caseId, "ACME-" + caseId, "Checkout is down", "Olivia Ops",
        "ops@northwind.example", Priority.P1, RECEIVED, ZoneId.of("Europe/Amsterdam"),
        StatusMailPlan.fromReceipt(CADENCES, false, Priority.P1, RECEIVED), 3, "NEW", null, false, false, null, null);
  }

  private static CaseEvent activity(String caseId, String id, CaseEvent.Kind kind) {
    return new CaseEvent(id, RECEIVED.plusSeconds(60), caseId, "ACME-" + caseId, kind,
        kind == CaseEvent.Kind.RESOLVED ? "RESOLVED" : "OPEN", "response " + id, null);
  }
}
