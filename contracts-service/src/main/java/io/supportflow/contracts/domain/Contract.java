package io.supportflow.contracts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a customer bought: a plan, the days it runs (both inclusive, in the calendar's zone), the
 * coverage calendar and the reaction targets.
 */
public record Contract(
    String contractId,
    String tenantId,
    String customerId,
    String planName,
    String tier,
    LocalDate startsOn,
    LocalDate endsOn,
    CoverageCalendar calendar,
    List<ReactionTarget> targets,
    String escalationMatrixId) {

  public Contract {
    Objects.requireNonNull(contractId, "contractId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(planName, "planName");
    Objects.requireNonNull(startsOn, "startsOn");
    Objects.requireNonNull(endsOn, "endsOn");
    Objects.requireNonNull(calendar, "calendar");
    targets = List.copyOf(targets);
    if (endsOn.isBefore(startsOn)) {
      throw new IllegalArgumentException("contract " + contractId + " ends before it starts");
    }
  }
}
