package io.supportflow.contracts.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A reference policy shipped with the platform (infra-24x7, tiered-business-hours, ...): the
 * plans it sells, the calendars and escalation matrices they name, and a default status-mail
 * cadence and example scope keywords for tenants that have none.
 */
public record Preset(
    String name,
    String description,
    List<CoverageCalendar> calendars,
    List<EscalationMatrix> escalationMatrices,
    List<StatusMailCadence> statusMails,
    List<SupportPlan> plans,
    ScopeClassifier classifier) {

  public Preset {
    Checks.id("name", name);
    description = Checks.optionalText("description", description, 2000);
    calendars = Checks.list("calendars", calendars, 20);
    escalationMatrices = Checks.list("escalationMatrices", escalationMatrices, 10);
    statusMails = Checks.list("statusMails", statusMails, 4);
    plans = Checks.list("plans", plans, 20);
    classifier = classifier == null ? ScopeClassifier.NONE : classifier;
    if (plans.isEmpty()) {
      throw new PolicyViolation("plans", "a preset sells at least one plan");
    }
    for (SupportPlan plan : plans) {
      if (calendars.stream().noneMatch(c -> c.calendarId().equals(plan.calendarId()))) {
        throw new PolicyViolation("plans", "plan " + plan.tier() + " names calendar '" + plan.calendarId()
            + "' which the preset does not define");
      }
    }
  }

  /** The plan of the tier (case-insensitive); without a tier, the only plan. */
  public Optional<SupportPlan> plan(String tier) {
    if (tier == null) {
      return plans.size() == 1 ? Optional.of(plans.getFirst()) : Optional.empty();
    }
    return plans.stream()
        .filter(p -> p.tier() != null && p.tier().toLowerCase(Locale.ROOT).equals(tier.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  public Optional<CoverageCalendar> calendar(String calendarId) {
    return calendars.stream().filter(c -> c.calendarId().equals(calendarId)).findFirst();
  }

  public Optional<EscalationMatrix> escalationMatrix(String matrixId) {
    return escalationMatrices.stream().filter(m -> m.matrixId().equals(matrixId)).findFirst();
  }
}
