package io.supportflow.contracts.domain;

import java.util.List;

/**
 * The terms a contract sells, usually taken from a preset: the plan and tier, the calendar the
 * business-time targets count in, the channels (per priority where the plan says so), languages,
 * scope, case quota, reaction targets, and the special rules of the reference policies.
 *
 * @param communityOnly a free tier: community support only, no cases
 * @param namedContactsOnly only the customer's listed administrators and account holders may open cases
 * @param quoteAfterTerm once the term has ended, requests are quoted instead of refused
 * @param termDays when set, applying the plan makes the contract this many days long
 * @param aroundTheClockOnceWorking priorities whose clocks count every hour once work has commenced,
 *     whatever the calendar covers (a P1 or P2 is worked until fixed or worked around)
 */
public record SupportPlan(
    String planName,
    String tier,
    String calendarId,
    List<ChannelRule> channels,
    List<String> languages,
    Scope scope,
    CaseQuota caseQuota,
    List<ReactionTarget> targets,
    List<Priority> aroundTheClockOnceWorking,
    boolean communityOnly,
    boolean namedContactsOnly,
    LatePurchase latePurchase,
    boolean quoteAfterTerm,
    Integer termDays,
    String escalationMatrixId) {

  public SupportPlan {
    planName = Checks.id("planName", planName);
    tier = Checks.optionalText("tier", tier, 50);
    Checks.id("calendarId", calendarId);
    channels = Checks.list("channels", channels, 4);
    Checks.unique("channels", channels, c -> c.channel().name());
    languages = Checks.list("languages", languages, 30).stream()
        .map(l -> Checks.language("languages", l)).toList();
    scope = scope == null ? Scope.ALL : scope;
    targets = Checks.list("targets", targets, 48);
    Checks.unique("targets", targets, t -> t.priority() + " " + t.metric());
    aroundTheClockOnceWorking = Checks.list("aroundTheClockOnceWorking", aroundTheClockOnceWorking, 4);
    Checks.unique("aroundTheClockOnceWorking", aroundTheClockOnceWorking, Priority::name);
    if (termDays != null && (termDays < 1 || termDays > 3660)) {
      throw new PolicyViolation("termDays", "must be between 1 and 3660");
    }
    if (escalationMatrixId != null) {
      Checks.id("escalationMatrixId", escalationMatrixId);
    }
  }

  public SupportPlan withEscalationMatrix(String matrixId) {
    return new SupportPlan(planName, tier, calendarId, channels, languages, scope, caseQuota, targets,
        aroundTheClockOnceWorking, communityOnly, namedContactsOnly, latePurchase, quoteAfterTerm, termDays, matrixId);
  }

  public boolean allows(Channel channel, Priority priority) {
    return channels.stream().anyMatch(rule -> rule.allows(channel, priority));
  }
}
