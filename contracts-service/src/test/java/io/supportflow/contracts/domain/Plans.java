package io.supportflow.contracts.domain;

import java.util.List;

/** A plan to tweak per test: every rule switched off unless a test switches it on. */
final class Plans {

  String planName = "test-plan";
  String tier;
  String calendarId = "24x7";
  List<ChannelRule> channels = List.of(
      new ChannelRule(Channel.PORTAL, List.of()), new ChannelRule(Channel.EMAIL, List.of()),
      new ChannelRule(Channel.PHONE, List.of()), new ChannelRule(Channel.MONITORING, List.of()));
  List<String> languages = List.of();
  Scope scope = Scope.ALL;
  CaseQuota quota;
  List<ReactionTarget> targets = List.of(
      new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES));
  List<Priority> aroundTheClockOnceWorking = List.of();
  boolean communityOnly;
  boolean namedContactsOnly;
  LatePurchase latePurchase;
  boolean quoteAfterTerm;
  Integer termDays;
  String matrix;

  static Plans plan() {
    return new Plans();
  }

  Plans tier(String value) { tier = value; return this; }
  Plans calendar(String value) { calendarId = value; return this; }
  Plans channels(ChannelRule... value) { channels = List.of(value); return this; }
  Plans languages(String... value) { languages = List.of(value); return this; }
  Plans scope(Scope value) { scope = value; return this; }
  Plans quota(int max, int days) { quota = new CaseQuota(max, days); return this; }
  Plans aroundTheClockOnceWorking(Priority... value) { aroundTheClockOnceWorking = List.of(value); return this; }
  Plans communityOnly() { communityOnly = true; return this; }
  Plans namedContactsOnly() { namedContactsOnly = true; return this; }
  Plans latePurchase(int weeks, int months) { latePurchase = new LatePurchase(weeks, months); return this; }
  Plans quoteAfterTerm() { quoteAfterTerm = true; return this; }
  Plans matrix(String value) { matrix = value; return this; }

  SupportPlan build() {
    return new SupportPlan(planName, tier, calendarId, channels, languages, scope, quota, targets,
        aroundTheClockOnceWorking, communityOnly, namedContactsOnly, latePurchase, quoteAfterTerm, termDays, matrix);
  }
}
