package io.supportflow.console;

import io.supportflow.console.domain.CaseView;
import io.supportflow.console.domain.CaseView.ClockMoment;
import io.supportflow.console.domain.CaseView.ClockView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Cases as the projection would hold them, for the page tests. */
public final class SampleCases {

  private SampleCases() {}

  /** An open case received an hour before {@code now} with a first-response clock due at {@code now + dueIn}. */
  public static CaseView open(String tenant, String number, String customer, String priority, String subject,
      Instant now, Duration dueIn) {
    Instant received = now.minus(Duration.ofHours(1));
    ClockView clock = running("FIRST_RESPONSE", received, now.plus(dueIn));
    return view(tenant, number, "OPEN", customer, priority, subject, received, List.of(clock));
  }

  public static ClockView running(String name, Instant started, Instant deadline) {
    return new ClockView(name, "STARTED", started, deadline, null, null,
        List.of(new ClockMoment(started, "STARTED", deadline)));
  }

  public static ClockView breached(String name, Instant started, Instant deadline) {
    return new ClockView(name, "BREACHED", started, deadline, null, -Duration.ofMinutes(5).toMillis(),
        List.of(new ClockMoment(started, "STARTED", deadline), new ClockMoment(deadline, "BREACHED", deadline)));
  }

  public static CaseView view(String tenant, String number, String status, String customer, String priority,
      String subject, Instant received, List<ClockView> clocks) {
    return new CaseView(tenant, "id-" + number, number, status, priority, "PORTAL", subject,
        new CaseView.Reporter("Olivia Ops", "ops@" + customer + ".example", null), customer, "Shop", "4.2", received,
        new CaseView.Decision("ENTITLED", "CONTRACT_ACTIVE", "Covered by the Gold plan until 2027-06-30", "C-7",
            "Gold", "GOLD", received.plusSeconds(1)),
        List.of(
            new CaseView.ThreadEntry(received, "REQUEST", "Olivia Ops", true, "It is broken.",
                List.of(new CaseView.FileRef("0f8fad5b-d9cb-469f-a165-70867728950e", "checkout.log", "text/plain", 2048))),
            new CaseView.ThreadEntry(received.plusSeconds(60), "AGENT_RESPONDED", "olaf", false,
                "Internal: looks like the payment gateway.", List.of())),
        clocks,
        List.of(new CaseView.EscalationStep(received.plusSeconds(600), 1, "TEAM_LEAD", "Tess Lead", "P1 at risk")),
        List.of(new CaseView.MailView(received.plusSeconds(5), "ACKNOWLEDGEMENT", "SENT", "ops@" + customer + ".example",
            "[" + number + "] We have your request", null)),
        received);
  }

  /** The case on hold, as intake's PUT_ON_HOLD and sla's pause would leave it. */
  public static CaseView onHold(CaseView view, Instant at) {
    return changed(view, "ON_HOLD", view.thread(), everyClock(view, at, "PAUSED", null), at);
  }

  /** Every clock of the case breached at {@code at}, as sla's BREACHED events would leave it. */
  public static CaseView everyClockBreached(CaseView view, Instant at) {
    return changed(view, view.status(), view.thread(), everyClock(view, at, "BREACHED", -1_000L), at);
  }

  /** The customer's reply at the end of the thread, as intake's CUSTOMER_REPLIED would leave it. */
  public static CaseView replied(CaseView view, Instant at, String text) {
    List<CaseView.ThreadEntry> thread = new ArrayList<>(view.thread());
    thread.add(new CaseView.ThreadEntry(at, "CUSTOMER_REPLIED", view.reporter().name(), true, text, List.of()));
    return changed(view, view.status(), thread, view.clocks(), at);
  }

  private static List<ClockView> everyClock(CaseView view, Instant at, String state, Long margin) {
    List<ClockView> clocks = new ArrayList<>();
    for (ClockView clock : view.clocks()) {
      List<ClockMoment> history = new ArrayList<>(clock.history());
      history.add(new ClockMoment(at, state, clock.deadline()));
      clocks.add(new ClockView(clock.clock(), state, clock.startedAt(), clock.deadline(), null, margin, history));
    }
    return clocks;
  }

  private static CaseView changed(CaseView view, String status, List<CaseView.ThreadEntry> thread,
      List<ClockView> clocks, Instant at) {
    return new CaseView(view.tenantId(), view.caseId(), view.caseNumber(), status, view.priority(), view.channel(),
        view.subject(), view.reporter(), view.customerId(), view.product(), view.version(), view.receivedAt(),
        view.decision(), thread, clocks, view.escalations(), view.mails(), at);
  }
}
