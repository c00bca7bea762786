package io.supportflow.console.adapter.web.page;

import io.supportflow.console.domain.CaseQuery;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The queue's filter form (a GET form, so a filtered queue is a link): every field is checked
 * against its few allowed values, free text is bounded, a customer id must look like one (as the
 * JSON API's {@code customer}), anything else is ignored.
 */
record QueueFilter(String status, String priority, String channel, String customer, String text, String risk,
    String cursor) {

  static final List<String> STATUSES = List.of("NEW", "OPEN", "ON_HOLD", "RESOLVED", "CLOSED");
  static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
  static final List<String> CHANNELS = List.of("EMAIL", "PHONE", "PORTAL", "ALERT", "AGENT_API");
  static final int PAGE_SIZE = 50;
  private static final int MAX_TEXT = 100;

  QueueFilter {
    status = oneOf(status, STATUSES);
    priority = oneOf(priority, PRIORITIES);
    channel = oneOf(channel, CHANNELS);
    risk = oneOf(risk, List.of("AT_RISK", "BREACHED"));
    customer = customer == null || !CaseQuery.CUSTOMER_ID.matcher(customer.strip()).matches() ? null : customer.strip();
    text = text == null || text.isBlank() ? null : text.strip().substring(0, Math.min(MAX_TEXT, text.strip().length()));
    cursor = cursor == null || cursor.isBlank() || cursor.length() > 200 ? null : cursor;
  }

  /** The open queue unless a status is chosen; soonest deadline first. */
  CaseQuery query() {
    Set<String> statuses = status == null ? CaseQuery.openQueue(1).statuses() : Set.of(status);
    return new CaseQuery(statuses, priority == null ? Set.of() : Set.of(priority), customer, channel, text,
        risk == null ? CaseQuery.Risk.ANY : CaseQuery.Risk.valueOf(risk), null, CaseQuery.Sort.NEXT_DEADLINE, cursor,
        PAGE_SIZE);
  }

  private static String oneOf(String value, List<String> allowed) {
    if (value == null) {
      return null;
    }
    String upper = value.strip().toUpperCase(Locale.ROOT);
    return allowed.contains(upper) ? upper : null;
  }
}
