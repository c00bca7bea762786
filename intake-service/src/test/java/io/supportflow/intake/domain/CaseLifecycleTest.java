package io.supportflow.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseLifecycleTest {

  private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

  @Test
  void theFirstPublicResponseOpensANewCase() {
    CaseActivity activity = apply(CaseStatus.NEW, agent(ActivityKind.AGENT_RESPONDED).withMessage("Looking into it"));

    assertThat(activity).isEqualTo(new CaseActivity("e-1", ActivityKind.AGENT_RESPONDED, AT, "agent-7", true,
        null, null, false, null, "Looking into it", "AGENT_API", null, List.of(), CaseStatus.OPEN));
  }

  @Test
  void aPriorityChangeRecordsBothPrioritiesTheConsentAndTheReason() {
    CaseActivity activity = apply(CaseStatus.OPEN,
        agent(ActivityKind.PRIORITY_CHANGED).withPriority(Priority.P1, true).withReason("Production down"));

    assertThat(activity.previousPriority()).isEqualTo(Priority.P3);
    assertThat(activity.newPriority()).isEqualTo(Priority.P1);
    assertThat(activity.customerConsent()).isTrue();
    assertThat(activity.reason()).isEqualTo("Production down");
    assertThat(activity.statusAfter()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void aPriorityChangeWithoutReasonIsRefusedAsInvalid() {
    assertThatThrownBy(() -> apply(CaseStatus.OPEN, agent(ActivityKind.PRIORITY_CHANGED).withPriority(Priority.P1, true)))
        .isInstanceOf(InvalidActivityException.class)
        .hasMessage("a priority change needs a reason")
        .extracting(e -> ((InvalidActivityException) e).field()).isEqualTo("reason");
  }

  @Test
  void holdingAndResumingMovesBetweenOnHoldAndOpen() {
    assertThat(apply(CaseStatus.OPEN, agent(ActivityKind.PUT_ON_HOLD).withReason("Need logs")).statusAfter())
        .isEqualTo(CaseStatus.ON_HOLD);
    assertThat(apply(CaseStatus.ON_HOLD, agent(ActivityKind.RESUMED)).statusAfter()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void holdingAResolvedCaseIsAnIllegalTransitionWithItsReason() {
    assertThatThrownBy(() -> apply(CaseStatus.RESOLVED, agent(ActivityKind.PUT_ON_HOLD).withReason("x")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("ACME-000042 is RESOLVED; only a case in work can be put on hold");
  }

  @Test
  void resolvingAClosedCaseIsAnIllegalTransition() {
    assertThatThrownBy(() -> apply(CaseStatus.CLOSED, agent(ActivityKind.RESOLVED)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("ACME-000042 is closed; a closed case cannot be resolved");
  }

  @Test
  void onlyAResolvedCaseCanBeClosed() {
    assertThat(apply(CaseStatus.RESOLVED, agent(ActivityKind.CLOSED)).statusAfter()).isEqualTo(CaseStatus.CLOSED);
    assertThatThrownBy(() -> apply(CaseStatus.OPEN, agent(ActivityKind.CLOSED)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("ACME-000042 is OPEN; resolve it before closing it");
  }

  @Test
  void resumingACaseThatIsNotOnHoldIsRefused() {
    assertThatThrownBy(() -> apply(CaseStatus.OPEN, agent(ActivityKind.RESUMED)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("not on hold");
  }

  @Test
  void aCustomerMayReplyToAResolvedCaseButNotToAClosedOne() {
    ActivityRequest reply = ActivityRequest.of(ActivityKind.CUSTOMER_REPLIED, "ops@northwind.example", "EMAIL")
        .withMessage("Still broken");
    assertThat(apply(CaseStatus.RESOLVED, reply).statusAfter()).isEqualTo(CaseStatus.RESOLVED);
    assertThatThrownBy(() -> apply(CaseStatus.CLOSED, reply)).isInstanceOf(IllegalTransitionException.class);
  }

  private static ActivityRequest agent(ActivityKind kind) {
    return ActivityRequest.of(kind, "agent-7", "AGENT_API");
  }

  private static CaseActivity apply(CaseStatus status, ActivityRequest request) {
    SupportCase opened = new SupportCase("c-1", "acme", new CaseNumber("ACME", 42), Channel.PORTAL, CaseStatus.NEW,
        Priority.P3, null, new Reporter(null, "ops@northwind.example", null), "s", "d", null, null, null, AT,
        null, null, null, List.of());
    return CaseLifecycle.apply(new CaseFile(opened, status, Priority.P3, 3, List.of(), Set.of()), request, "e-1", AT);
  }
}
