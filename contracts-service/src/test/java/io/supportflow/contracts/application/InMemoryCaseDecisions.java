package io.supportflow.contracts.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Like MongoCaseDecisions: one record per case, writes conditioned on its revision, an outbox per case. */
final class InMemoryCaseDecisions implements CaseDecisions {

  final Map<String, DecidedCase> cases = new LinkedHashMap<>();
  final Map<String, List<RecordedDecision>> unpublished = new LinkedHashMap<>();

  @Override
  public void openIfAbsent(DecidedCase decided) {
    cases.putIfAbsent(decided.caseId(), decided);
  }

  @Override
  public Optional<DecidedCase> find(String caseId) {
    return Optional.ofNullable(cases.get(caseId));
  }

  @Override
  public List<DecidedCase> openOf(String tenantId, String customerId) {
    return cases.values().stream()
        .filter(c -> c.open() && c.tenantId().equals(tenantId) && customerId.equals(c.customerId())).toList();
  }

  @Override
  public void close(String caseId) {
    cases.computeIfPresent(caseId, (id, c) -> revised(c.closed(), c.revision() + 1));
  }

  @Override
  public boolean replace(DecidedCase read, DecidedCase next, RecordedDecision toPublish) {
    DecidedCase now = cases.get(read.caseId());
    if (now == null || now.revision() != read.revision()) {
      return false;
    }
    cases.put(read.caseId(), revised(next, read.revision() + 1));
    if (toPublish != null) {
      unpublished.computeIfAbsent(read.caseId(), id -> new ArrayList<>()).add(toPublish);
    }
    return true;
  }

  @Override
  public List<RecordedDecision> unpublished() {
    return unpublished.values().stream().flatMap(List::stream)
        .sorted(Comparator.comparing(RecordedDecision::decidedAt)).toList();
  }

  @Override
  public void markPublished(String caseId, String eventId) {
    unpublished.getOrDefault(caseId, new ArrayList<>()).removeIf(d -> d.eventId().equals(eventId));
  }

  private static DecidedCase revised(DecidedCase c, long revision) {
    return new DecidedCase(c.caseId(), c.tenantId(), c.customerId(), c.open(), c.priority(), c.learned(), c.inForce(),
        c.handledTriggers(), revision);
  }
}
