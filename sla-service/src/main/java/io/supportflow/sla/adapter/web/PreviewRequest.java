package io.supportflow.sla.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A what-if: terms, a priority, a receipt time and a timeline. The terms come one of three ways:
 * inline ({@code terms}), a preset and its tier ({@code preset}, {@code tier}), or a tenant policy
 * document in contracts-service's import format ({@code policy}: the document as a JSON object, or
 * its JSON or YAML text; {@code contractId}: whose plan). Every list and text is bounded.
 */
record PreviewRequest(
    @Valid Terms terms,
    @Size(max = 64) String preset,
    @Size(max = 50) String tier,
    JsonNode policy,
    @Size(max = 64) String contractId,
    @NotNull @Pattern(regexp = "P[1-4]", message = "must be P1, P2, P3 or P4") String priority,
    @NotNull OffsetDateTime receivedAt,
    @Size(max = 500) List<@Valid TimelineEntry> activities,
    OffsetDateTime at) {

  record Terms(
      @NotNull @Valid Calendar calendar,
      @NotEmpty @Size(max = 100) List<@Valid Target> targets,
      @DecimalMin(value = "0.01") @DecimalMax(value = "0.99") Double warningShare,
      @Size(max = 4) List<@Pattern(regexp = "P[1-4]", message = "must be P1, P2, P3 or P4") String> aroundTheClockOnceWorking) {}

  record Calendar(
      @NotBlank @Size(max = 64) String zone,
      @Size(max = 70) List<@Valid Hours> weeklyHours,
      @Size(max = 400) List<@NotNull LocalDate> holidays,
      @Size(max = 20) List<@Valid Stretch> extraCoverage) {}

  /** The same hours on each of the days, e.g. MONDAY-FRIDAY 08:00-17:00. */
  record Hours(
      @NotEmpty @Size(max = 7) List<@Pattern(regexp = DAY, message = "must be a day of the week") String> days,
      @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String from,
      @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String to) {}

  /** Covered time spanning days, e.g. FRIDAY 17:00 to MONDAY 08:00. */
  record Stretch(
      @NotNull @Pattern(regexp = DAY, message = "must be a day of the week") String fromDay,
      @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String fromTime,
      @NotNull @Pattern(regexp = DAY, message = "must be a day of the week") String toDay,
      @NotNull @Pattern(regexp = TIME, message = "must be HH:mm") String toTime) {}

  record Target(
      @NotNull @Pattern(regexp = "P[1-4]", message = "must be P1, P2, P3 or P4") String priority,
      @NotNull @Pattern(regexp = "FIRST_RESPONSE|FOLLOW_UP|UPDATE_CADENCE", message = "must be FIRST_RESPONSE, FOLLOW_UP or UPDATE_CADENCE") String metric,
      @Min(1) @Max(100_000) int amount,
      @NotNull @Pattern(regexp = "CLOCK_MINUTES|BUSINESS_MINUTES|BUSINESS_HOURS|BUSINESS_DAYS|WORKING_DAYS|NEXT_WORKING_DAY",
          message = "must be a unit: CLOCK_MINUTES, BUSINESS_MINUTES, BUSINESS_HOURS, BUSINESS_DAYS, WORKING_DAYS, NEXT_WORKING_DAY") String unit) {}

  record TimelineEntry(
      @NotNull OffsetDateTime at,
      @NotNull @Pattern(regexp = "AGENT_RESPONDED|CUSTOMER_REPLIED|PUT_ON_HOLD|RESUMED|PRIORITY_CHANGED|RESOLVED",
          message = "must be AGENT_RESPONDED, CUSTOMER_REPLIED, PUT_ON_HOLD, RESUMED, PRIORITY_CHANGED or RESOLVED") String kind,
      @Pattern(regexp = "P[1-4]", message = "must be P1, P2, P3 or P4") String priority) {}

  static final String DAY = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY";
  static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]|24:00";
}
