package io.supportflow.console;

import io.supportflow.console.application.CaseChanges;
import io.supportflow.console.application.CaseViews;
import io.supportflow.console.domain.CasePage;
import io.supportflow.console.domain.CaseQuery;
import io.supportflow.console.domain.CaseSummary;
import io.supportflow.console.domain.CaseView;
import io.supportflow.console.domain.ComplianceRow;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The read model in memory, for the page tests: what the projection would hold, put here by the
 * test; {@link #put} also tells the live subscribers, as the projection does after each event.
 */
public final class InMemoryCaseViews implements CaseViews, CaseChanges {

  private record Subscriber(String tenantId, Consumer<CaseSummary> listener) {}

  private final Map<String, CaseView> cases = new ConcurrentHashMap<>();
  private final List<ComplianceRow> compliance = new CopyOnWriteArrayList<>();
  private final Map<String, String> complianceTenants = new ConcurrentHashMap<>();
  private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger subscriptions = new java.util.concurrent.atomic.AtomicInteger();

  public void put(CaseView view) {
    cases.put(key(view.tenantId(), view.caseNumber()), view);
    CaseSummary summary = summary(view);
    subscribers.stream().filter(s -> s.tenantId().equals(view.tenantId())).forEach(s -> s.listener().accept(summary));
  }

  /** Changes a stored case as an event would, and tells the subscribers. */
  public void update(String tenantId, String caseNumber, UnaryOperator<CaseView> change) {
    put(change.apply(cases.get(key(tenantId, caseNumber))));
  }

  public void addCompliance(String tenantId, ComplianceRow row) {
    compliance.add(row);
    complianceTenants.put(row.customerId() + row.priority() + row.clock() + row.month(), tenantId);
  }

  public void clear() {
    cases.clear();
    compliance.clear();
    complianceTenants.clear();
  }

  /** How many subscriptions are open now. */
  public int active() {
    return subscribers.size();
  }

  /** How many subscriptions were ever made: a test waits for it to grow before it pushes a change. */
  public int subscriptions() {
    return subscriptions.get();
  }

  @Override
  public Optional<CaseView> byNumber(String tenantId, String caseNumber) {
    return Optional.ofNullable(cases.get(key(tenantId, caseNumber)));
  }

  @Override
  public CasePage search(String tenantId, CaseQuery query, Instant now) {
    List<CaseSummary> matching = new ArrayList<>(cases.values().stream()
        .filter(v -> v.tenantId().equals(tenantId))
        .map(InMemoryCaseViews::summary)
        .filter(s -> query.statuses().isEmpty() || query.statuses().contains(s.status()))
        .filter(s -> query.priorities().isEmpty() || query.priorities().contains(s.priority()))
        .filter(s -> query.customerId() == null || query.customerId().equals(s.customerId()))
        .filter(s -> query.channel() == null || query.channel().equals(s.channel()))
        .filter(s -> query.text() == null || text(s).contains(query.text().toLowerCase(Locale.ROOT)))
        .filter(s -> switch (query.risk()) {
          case ANY -> true;
          case AT_RISK -> s.atRisk(now, query.atRiskWithin());
          case BREACHED -> s.breached();
        })
        .toList());
    matching.sort(query.sort() == CaseQuery.Sort.RECEIVED
        ? Comparator.comparing(CaseSummary::receivedAt).reversed()
        : Comparator.comparing(CaseSummary::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CaseSummary::caseNumber));
    int from = query.cursor() == null ? 0 : Integer.parseInt(query.cursor());
    int to = Math.min(matching.size(), from + query.limit());
    return new CasePage(matching.subList(from, to), to < matching.size() ? Integer.toString(to) : null,
        matching.size(), matching.stream().filter(s -> s.atRisk(now, query.atRiskWithin())).count(),
        matching.stream().filter(CaseSummary::breached).count());
  }

  @Override
  public List<ComplianceRow> compliance(String tenantId, YearMonth from, YearMonth to) {
    return compliance.stream()
        .filter(r -> tenantId.equals(complianceTenants.get(r.customerId() + r.priority() + r.clock() + r.month())))
        .filter(r -> !r.month().isBefore(from) && !r.month().isAfter(to))
        .toList();
  }

  @Override
  public AutoCloseable subscribe(String tenantId, Consumer<CaseSummary> listener) {
    Subscriber subscriber = new Subscriber(tenantId, listener);
    subscribers.add(subscriber);
    subscriptions.incrementAndGet();
    return () -> subscribers.remove(subscriber);
  }

  static CaseSummary summary(CaseView v) {
    return new CaseSummary(v.caseNumber(), v.status(), v.priority(), v.channel(), v.subject(), v.customerId(),
        v.reporter() == null ? null : v.reporter().name(), v.receivedAt(), v.nextDeadline().orElse(null),
        v.breached(), v.updatedAt());
  }

  private static String text(CaseSummary s) {
    return (s.caseNumber() + " " + s.subject() + " " + s.reporterName()).toLowerCase(Locale.ROOT);
  }

  private static String key(String tenantId, String caseNumber) {
    return tenantId + "/" + caseNumber;
  }
}
