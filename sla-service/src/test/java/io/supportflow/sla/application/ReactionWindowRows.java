package io.supportflow.sla.application;

/**
 * The reaction-window table of docs/policies.md, row by row, with the preset and tier that sell each
 * row, so the same rows run through the preview with inline terms and by preset. Times are
 * Amsterdam local; business hours 08:00-17:00, Monday to Friday (carrier-grade's preset says
 * 09:00-17:00: its rows give the same deadlines).
 */
public final class ReactionWindowRows {

  /** Received Monday 23 November 2026 10:00. */
  public static final String RECEIVED = "2026-11-23T10:00";

  /** policy, preset, tier, priority, amount, unit, calendar, first-response deadline. */
  public static final String FIRST_RESPONSE = """
      infra-24x7 first reaction,   infra-24x7,            ,            P1, 15,  CLOCK_MINUTES,    24x7,     2026-11-23T10:15
      infra-24x7 first reaction,   infra-24x7,            ,            P2, 60,  CLOCK_MINUTES,    24x7,     2026-11-23T11:00
      infra-24x7 first reaction,   infra-24x7,            ,            P3, 180, CLOCK_MINUTES,    24x7,     2026-11-23T13:00
      infra-24x7 first reaction,   infra-24x7,            ,            P4, 720, CLOCK_MINUTES,    24x7,     2026-11-23T22:00
      tiered Team initial,         tiered-business-hours, Team,        P1, 2,   BUSINESS_HOURS,   9x5,      2026-11-23T12:00
      tiered Team initial,         tiered-business-hours, Team,        P2, 6,   BUSINESS_HOURS,   9x5,      2026-11-23T16:00
      tiered Team initial,         tiered-business-hours, Team,        P3, 1,   BUSINESS_DAYS,    9x5,      2026-11-24T10:00
      tiered Team initial,         tiered-business-hours, Team,        P4, 2,   BUSINESS_DAYS,    9x5,      2026-11-25T10:00
      tiered Enterprise initial,   tiered-business-hours, Enterprise,  P1, 1,   BUSINESS_HOURS,   9x5+wknd, 2026-11-23T11:00
      tiered Enterprise initial,   tiered-business-hours, Enterprise,  P2, 2,   BUSINESS_HOURS,   9x5+wknd, 2026-11-23T12:00
      tiered Enterprise initial,   tiered-business-hours, Enterprise,  P3, 1,   BUSINESS_DAYS,    9x5+wknd, 2026-11-24T10:00
      tiered Enterprise initial,   tiered-business-hours, Enterprise,  P4, 2,   BUSINESS_DAYS,    9x5+wknd, 2026-11-25T10:00
      with plan initial,           maintenance-plans,     with-plan,   P1, 4,   BUSINESS_HOURS,   9x5,      2026-11-23T14:00
      with plan initial,           maintenance-plans,     with-plan,   P2, 8,   BUSINESS_HOURS,   9x5,      2026-11-24T09:00
      with plan initial,           maintenance-plans,     with-plan,   P3, 1,   NEXT_WORKING_DAY, 9x5,      2026-11-24T17:00
      without plan initial,        maintenance-plans,     without-plan, P1, 1,  NEXT_WORKING_DAY, 9x5,      2026-11-24T17:00
      without plan initial,        maintenance-plans,     without-plan, P2, 2,  WORKING_DAYS,     9x5,      2026-11-25T17:00
      without plan initial,        maintenance-plans,     without-plan, P3, 3,  WORKING_DAYS,     9x5,      2026-11-26T17:00
      carrier-grade first mail,    carrier-grade,         ,            P1, 60,  CLOCK_MINUTES,    9x5,      2026-11-23T11:00
      carrier-grade first mail,    carrier-grade,         ,            P2, 120, CLOCK_MINUTES,    9x5,      2026-11-23T12:00
      carrier-grade first mail,    carrier-grade,         ,            P3, 1,   BUSINESS_DAYS,    9x5,      2026-11-24T10:00
      carrier-grade first mail,    carrier-grade,         ,            P4, 2,   BUSINESS_DAYS,    9x5,      2026-11-25T10:00
      """;

  /** Received Monday 09:00, first response 09:30, customer reply 10:00. */
  public static final String FOLLOW_UP_RECEIVED = "2026-11-23T09:00";
  public static final String FOLLOW_UP_RESPONDED = "2026-11-23T09:30";
  public static final String FOLLOW_UP_REPLIED = "2026-11-23T10:00";

  /** policy, preset, tier, priority, amount, unit, follow-up deadline. */
  public static final String FOLLOW_UP = """
      with plan follow-up,     maintenance-plans, with-plan,    P1, 8, BUSINESS_HOURS,  2026-11-24T09:00
      with plan follow-up,     maintenance-plans, with-plan,    P2, 2, WORKING_DAYS,    2026-11-25T17:00
      with plan follow-up,     maintenance-plans, with-plan,    P3, 3, WORKING_DAYS,    2026-11-26T17:00
      without plan follow-up,  maintenance-plans, without-plan, P1, 2, WORKING_DAYS,    2026-11-25T17:00
      without plan follow-up,  maintenance-plans, without-plan, P2, 3, WORKING_DAYS,    2026-11-26T17:00
      without plan follow-up,  maintenance-plans, without-plan, P3, 4, WORKING_DAYS,    2026-11-27T17:00
      """;

  /** Received Monday 09:00, first response 10:00: hourly, every 2 h, once per business day, every other one. */
  public static final String UPDATES_RECEIVED = "2026-11-23T09:00";
  public static final String UPDATES_RESPONDED = "2026-11-23T10:00";

  /** preset, priority, amount, unit, update deadline. */
  public static final String UPDATES = """
      carrier-grade, P1, 60,  CLOCK_MINUTES,  2026-11-23T11:00
      carrier-grade, P2, 120, CLOCK_MINUTES,  2026-11-23T12:00
      carrier-grade, P3, 1,   BUSINESS_DAYS,  2026-11-24T10:00
      carrier-grade, P4, 2,   BUSINESS_DAYS,  2026-11-25T10:00
      """;

  /** Received Saturday 21 November 10:00: 24x365 targets run at once, business targets start Monday 08:00 (09:00 carrier-grade). */
  public static final String WEEKEND_RECEIVED = "2026-11-21T10:00";

  /** label, preset, tier, priority, amount, unit, calendar, first-response deadline. */
  public static final String WEEKEND = """
      carrier-grade P1,  carrier-grade,         ,           P1, 60, CLOCK_MINUTES,   9x5,      2026-11-21T11:00
      carrier-grade P3,  carrier-grade,         ,           P3, 1,  BUSINESS_DAYS,   9x5,      2026-11-23T17:00
      Enterprise P1,     tiered-business-hours, Enterprise, P1, 1,  BUSINESS_HOURS,  9x5+wknd, 2026-11-21T11:00
      Team P1,           tiered-business-hours, Team,       P1, 2,  BUSINESS_HOURS,  9x5,      2026-11-23T10:00
      """;

  private ReactionWindowRows() {}
}
