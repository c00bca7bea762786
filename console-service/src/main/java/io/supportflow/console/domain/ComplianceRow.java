package io.supportflow.console.domain;

import java.time.YearMonth;

/**
 * SLA compliance of one customer, priority, clock and month (by the month the clock ended in):
 * how many clocks were met and breached, the mean margin of the met ones and the mean overrun of
 * the breached ones, and the downtime (receipt to resolution minus time on hold) of the cases
 * resolved that month.
 */
public record ComplianceRow(
    String customerId,
    String priority,
    String clock,
    YearMonth month,
    long met,
    long breached,
    long meanMarginMillis,
    long meanOverrunMillis,
    long downtimeMillis) {}
