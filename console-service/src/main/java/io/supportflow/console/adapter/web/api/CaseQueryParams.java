package io.supportflow.console.adapter.web.api;

import io.supportflow.console.domain.CaseCursor;
import io.supportflow.console.domain.CaseQuery;
import io.supportflow.web.FieldProblem;
import io.supportflow.web.InvalidRequestException;
import io.supportflow.web.PageSize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The search's query parameters, each checked against the words it may take (never a query
 * language): every one at fault is named in one 400.
 */
final class CaseQueryParams {

  static final int DEFAULT_LIMIT = 25;
  private static final PageSize PAGE_SIZE = new PageSize(DEFAULT_LIMIT, CaseQuery.MAX_LIMIT);
  static final int MAX_WITHIN_MINUTES = 7 * 24 * 60;
  static final int MAX_TEXT = 200;

  private static final List<String> STATUSES = List.of("NEW", "OPEN", "ON_HOLD", "RESOLVED", "CLOSED");
  private static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");
  private static final List<String> CHANNELS = List.of("PORTAL", "EMAIL", "PHONE", "MONITORING");

  private final List<FieldProblem> problems = new ArrayList<>();

  private CaseQueryParams() {}

  /** @throws InvalidRequestException naming every parameter at fault */
  static CaseQuery parse(List<String> status, List<String> priority, String customer, String channel, String text,
      String risk, String within, String sort, String cursor, String limit) {
    CaseQueryParams p = new CaseQueryParams();
    Set<String> statuses = p.words("status", status, STATUSES);
    Set<String> priorities = p.words("priority", priority, PRIORITIES);
    String customerId = p.customer(customer);
    String channelWord = p.one("channel", channel, CHANNELS);
    String words = p.text(text);
    CaseQuery.Risk riskWord = p.risk(risk);
    Duration atRiskWithin = p.within(within);
    CaseQuery.Sort order = p.sort(sort);
    int size = p.limit(limit);
    String after = order == null ? null : p.cursor(cursor, order);
    if (!p.problems.isEmpty()) {
      throw new InvalidRequestException(p.problems);
    }
    return new CaseQuery(statuses, priorities, customerId, channelWord, words, riskWord, atRiskWithin, order, after,
        size);
  }

  private Set<String> words(String field, List<String> values, List<String> known) {
    Set<String> words = new LinkedHashSet<>();
    if (values == null) {
      return words;
    }
    for (String value : values) {
      for (String word : value.split(",")) {
        String w = normal(word);
        if (w.isEmpty()) {
          continue;
        }
        if (known.contains(w)) {
          words.add(w);
        } else {
          problems.add(new FieldProblem(field, "'" + abbreviated(word) + "' is not one of " + known));
        }
      }
    }
    return words;
  }

  private String one(String field, String value, List<String> known) {
    if (blank(value)) {
      return null;
    }
    String w = normal(value);
    if (!known.contains(w)) {
      problems.add(new FieldProblem(field, "'" + abbreviated(value) + "' is not one of " + known));
      return null;
    }
    return w;
  }

  private String customer(String value) {
    if (blank(value)) {
      return null;
    }
    if (!CaseQuery.CUSTOMER_ID.matcher(value.strip()).matches()) {
      problems.add(new FieldProblem("customer", "is not a customer id (letters, digits and . _ : @ -, up to 128)"));
      return null;
    }
    return value.strip();
  }

  private String text(String value) {
    if (blank(value)) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      problems.add(new FieldProblem("text", "is longer than " + MAX_TEXT + " characters"));
      return null;
    }
    return value.strip();
  }

  private CaseQuery.Risk risk(String value) {
    String w = one("risk", value, Arrays.stream(CaseQuery.Risk.values()).map(Enum::name).toList());
    return w == null ? CaseQuery.Risk.ANY : CaseQuery.Risk.valueOf(w);
  }

  private Duration within(String value) {
    if (blank(value)) {
      return null;
    }
    try {
      int minutes = Integer.parseInt(value.strip());
      if (minutes >= 1 && minutes <= MAX_WITHIN_MINUTES) {
        return Duration.ofMinutes(minutes);
      }
    } catch (NumberFormatException e) {
      // named below
    }
    problems.add(new FieldProblem("within", "is minutes, 1 to " + MAX_WITHIN_MINUTES));
    return null;
  }

  private CaseQuery.Sort sort(String value) {
    if (blank(value)) {
      return CaseQuery.Sort.NEXT_DEADLINE;
    }
    String w = one("sort", value, Arrays.stream(CaseQuery.Sort.values()).map(Enum::name).toList());
    return w == null ? null : CaseQuery.Sort.valueOf(w);
  }

  private int limit(String value) {
    OptionalInt n = PAGE_SIZE.parse(value);
    if (n.isEmpty()) {
      problems.add(new FieldProblem("limit", PAGE_SIZE.refusal()));
    }
    return n.orElse(DEFAULT_LIMIT);
  }

  private String cursor(String value, CaseQuery.Sort sort) {
    if (blank(value)) {
      return null;
    }
    try {
      CaseCursor.decode(value.strip(), sort);
      return value.strip();
    } catch (CaseCursor.InvalidCursorException e) {
      problems.add(new FieldProblem("cursor", e.getMessage()));
      return null;
    }
  }

  /** at-risk, At_Risk and AT_RISK alike. */
  private static String normal(String word) {
    return word.strip().toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static String abbreviated(String value) {
    String v = value.strip();
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }
}
