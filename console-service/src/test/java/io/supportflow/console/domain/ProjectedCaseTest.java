package io.supportflow.console.domain;

import static io.supportflow.console.domain.CaseEventsFixture.T0;
import static io.supportflow.console.domain.CaseEventsFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.console.domain.CaseView.ClockView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectedCaseTest {

  private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
  private final CaseEventsFixture events = new CaseEventsFixture("acme", "ACME-1001");

  private ProjectedCase applyAll(List<? extends CaseChange> changes) {
    return events.projected(changes, NOW);
  }

  @Test
  void theRequestOpensTheCaseWithItsThreadAndFiles() {
    CaseView view = applyAll(List.of(events.opened("EMAIL", "Ledger is down", "P2"))).view();

    assertThat(view.status()).isEqualTo("NEW");
    assertThat(view.priority()).isEqualTo("P2");
    assertThat(view.channel()).isEqualTo("EMAIL");
    assertThat(view.subject()).isEqualTo("Ledger is down");
    assertThat(view.reporter().name()).isEqualTo("Ada Lovelace");
    assertThat(view.receivedAt()).isEqualTo(T0);
    assertThat(view.thread()).singleElement().satisfies(entry -> {
      assertThat(entry.kind()).isEqualTo("REQUEST");
      assertThat(entry.text()).isEqualTo("It is down since this morning.");
      assertThat(entry.files()).extracting(CaseView.FileRef::name).containsExactly("trace.log");
    });
    assertThat(view.updatedAt()).isEqualTo(NOW);
  }

  @Test
  void activitiesJoinTheThreadAndMoveStatusAndPriority() {
    CaseView view = applyAll(List.of(events.opened("PORTAL", "Ledger is down", "P2"),
        events.activity(5, "AGENT_RESPONDED", "OPEN", "Looking into it"),
        events.priorityChanged(6, "P1"),
        events.activity(7, "PUT_ON_HOLD", "ON_HOLD", "Waiting for logs"))).view();

    assertThat(view.status()).isEqualTo("ON_HOLD");
    assertThat(view.priority()).isEqualTo("P1");
    assertThat(view.thread()).extracting(CaseView.ThreadEntry::kind)
        .containsExactly("REQUEST", "AGENT_RESPONDED", "PRIORITY_CHANGED", "PUT_ON_HOLD");
  }

  @Test
  void theDecisionNamesTheCustomerAndThePlan() {
    CaseView view = applyAll(List.of(events.opened("PHONE", "Ledger is down", "P1"),
        events.decided("cust-42", "P1"))).view();

    assertThat(view.customerId()).isEqualTo("cust-42");
    assertThat(view.decision().outcome()).isEqualTo("ENTITLED");
    assertThat(view.decision().reason()).isEqualTo("Covered by the Gold plan");
    assertThat(view.decision().planName()).isEqualTo("Gold");
  }

  @Test
  void aClockShowsItsLatestChangeAndTheNextDeadline() {
    ProjectedCase c = applyAll(List.of(events.opened("PORTAL", "Ledger is down", "P1"),
        events.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null),
        events.clock(11, "FIRST_RESPONSE", 1, "WARNING", 15, null)));

    ClockView clock = c.view().clocks().getFirst();
    assertThat(clock.state()).isEqualTo("WARNING");
    assertThat(clock.history()).extracting(CaseView.ClockMoment::change).containsExactly("STARTED", "WARNING");
    assertThat(c.summary().nextDeadline()).isEqualTo(at(15));
    assertThat(c.summary().breached()).isFalse();
  }

  @Test
  void aClockMetStopsCountingAndABreachedOneMarksTheCase() {
    ProjectedCase met = applyAll(List.of(events.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null),
        events.clock(10, "FIRST_RESPONSE", 1, "MET", 15, 300_000L)));
    assertThat(met.summary().nextDeadline()).isNull();
    assertThat(met.view().clocks().getFirst().marginMillis()).isEqualTo(300_000L);

    ProjectedCase breached = applyAll(List.of(events.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null),
        events.clock(15, "FIRST_RESPONSE", 1, "BREACHED", 15, 0L)));
    assertThat(breached.summary().breached()).isTrue();
    assertThat(breached.view().breached()).isTrue();
  }

  @Test
  void clocksOfOneKindAreToldApartByTheirSequence() {
    ProjectedCase c = applyAll(List.of(events.clock(0, "FOLLOW_UP", 1, "STARTED", 60, null),
        events.clock(30, "FOLLOW_UP", 1, "MET", 60, 1_800_000L),
        events.clock(40, "FOLLOW_UP", 2, "STARTED", 100, null)));

    assertThat(c.view().clocks()).extracting(ClockView::state).containsExactly("MET", "STARTED");
    assertThat(c.summary().nextDeadline()).isEqualTo(at(100));
  }

  @Test
  void escalationsMailsAndDowntimeAreKept() {
    ProjectedCase c = applyAll(List.of(events.mail(1, "ACKNOWLEDGEMENT"), events.escalation(15, 1),
        events.downtime(90, 5_400_000L, "cust-42")));

    assertThat(c.view().mails()).extracting(CaseView.MailView::kind).containsExactly("ACKNOWLEDGEMENT");
    assertThat(c.view().escalations()).extracting(CaseView.EscalationStep::level).containsExactly(1);
    assertThat(c.downtime().downtimeMillis()).isEqualTo(5_400_000L);
    assertThat(c.customerId()).isEqualTo("cust-42");
  }

  @Test
  void anAcknowledgementThatCouldNotBeMailedIsShownWithItsReason() {
    ProjectedCase c = applyAll(List.of(events.unmailable(1)));

    assertThat(c.view().mails()).singleElement().satisfies(m -> {
      assertThat(m.outcome()).isEqualTo("FAILED");
      assertThat(m.failureReason()).isEqualTo("The reporter left no e-mail address");
    });
  }

  @Test
  void everyEventAppliedTwiceChangesNothing() {
    List<CaseChange> all = List.of(events.opened("EMAIL", "Ledger is down", "P1"), events.decided("cust-42", "P1"),
        events.activity(5, "AGENT_RESPONDED", "OPEN", "On it"),
        events.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null),
        events.clock(5, "FIRST_RESPONSE", 1, "MET", 15, 600_000L), events.escalation(15, 1),
        events.mail(1, "ACKNOWLEDGEMENT"), events.downtime(90, 5_400_000L, "cust-42"));
    ProjectedCase once = applyAll(all);

    for (CaseChange change : all) {
      assertThat(once.apply(change, NOW.plusSeconds(60))).isSameAs(once);
    }
    assertThat(once.view().thread()).hasSize(2);
    assertThat(once.view().clocks().getFirst().history()).hasSize(2);
  }

  @Test
  void eventsArrivingInAnyOrderGiveTheSameView() {
    CaseChange opened = events.opened("EMAIL", "Ledger is down", "P2");
    CaseChange decided = events.decided("cust-42", "P2");
    CaseChange responded = events.activity(5, "AGENT_RESPONDED", "OPEN", "On it");
    CaseChange raised = events.priorityChanged(6, "P1");
    CaseChange hold = events.activity(8, "PUT_ON_HOLD", "ON_HOLD", "Waiting");
    CaseChange started = events.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null);
    CaseChange met = events.clock(5, "FIRST_RESPONSE", 1, "MET", 15, 600_000L);

    CaseView inOrder = applyAll(List.of(opened, decided, started, responded, met, raised, hold)).view();
    CaseView reversed = applyAll(List.of(hold, raised, met, responded, started, decided, opened)).view();

    assertThat(reversed).isEqualTo(inOrder);
    assertThat(reversed.status()).isEqualTo("ON_HOLD");
    assertThat(reversed.priority()).isEqualTo("P1");
    assertThat(reversed.clocks().getFirst().state()).isEqualTo("MET");
    assertThat(reversed.subject()).isEqualTo("Ledger is down");
  }

  @Test
  void aClockEventBeforeTheRequestStillFindsTheCaseMergedLater() {
    ProjectedCase early = applyAll(List.of(events.clock(0, "FIRST_RESPONSE", 1, "STARTED", 15, null)));
    assertThat(early.view().status()).isEqualTo("NEW");
    assertThat(early.caseNumber()).isEqualTo("ACME-1001");

    ProjectedCase merged = early.apply(events.opened("MONITORING", "Disk full", "P1"), NOW);
    assertThat(merged.view().clocks()).hasSize(1);
    assertThat(merged.view().channel()).isEqualTo("MONITORING");
  }

  @Test
  void theSubjectAndReporterComeFromTheDecisionUntilTheRequestArrives() {
    ProjectedCase decidedFirst = applyAll(List.of(events.decided("cust-42", "P1")));
    assertThat(decidedFirst.subject()).isEqualTo("Ledger is down");

    ProjectedCase withRequest = decidedFirst.apply(events.opened("EMAIL", "Ledger down (from mail)", "P1"), NOW);
    assertThat(withRequest.subject()).isEqualTo("Ledger down (from mail)");
  }

  @Test
  void theSearchTextIsLowerCasedCaseNumberSubjectAndReporter() {
    ProjectedCase c = applyAll(List.of(events.opened("EMAIL", "Ledger is DOWN", "P1")));
    assertThat(c.searchText()).isEqualTo("acme-1001 ledger is down ada lovelace ada@example.com");
  }
}
