package io.supportflow.contracts.application;

import io.supportflow.contracts.domain.ContractChange;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.PolicyViolation;
import io.supportflow.contracts.domain.PublicHolidays;
import io.supportflow.contracts.domain.TenantPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Changes a tenant's policy: applies the edit to the stored revision, checks the result as a
 * whole, and stores it with the contract changes it makes in one write, so no change event can be
 * lost; then publishes them (the relay retries what fails). An edit that raced another is
 * re-applied to the newer revision a few times before the caller hears of the conflict.
 */
public record EditPolicy(
    TenantPolicies policies, PublicHolidays publicHolidays,
    PublishContractChanges publishContractChanges, Clock clock) {

  private static final int ATTEMPTS = 3;

  public StoredPolicy read(String tenantId) {
    return policies.find(tenantId).orElseThrow(() -> new NotFoundException("No tenant " + tenantId));
  }

  /** An edit of the platform's own (demo data, presets): applied to whatever is stored. */
  public StoredPolicy edit(String tenantId, UnaryOperator<TenantPolicy> change) {
    return apply(tenantId, null, false, change);
  }

  /**
   * An admin's edit.
   *
   * @param expectedRevision the revision the change was made against (HTTP If-Match), or null when
   *     the admin named none (refused if the tenant requires one); a stale one is refused, never
   *     retried onto the newer
   */
  public StoredPolicy edit(String tenantId, Long expectedRevision, UnaryOperator<TenantPolicy> change) {
    return apply(tenantId, expectedRevision, true, change);
  }

  private StoredPolicy apply(String tenantId, Long expectedRevision, boolean byAdmin,
      UnaryOperator<TenantPolicy> change) {
    for (int attempt = 1; ; attempt++) {
      StoredPolicy current = read(tenantId);
      if (expectedRevision == null && byAdmin && current.policy().tenant().requireIfMatch()) {
        throw new RevisionRequiredException(tenantId, current.revision());
      }
      if (expectedRevision != null && expectedRevision != current.revision()) {
        throw new StalePolicyException(tenantId, expectedRevision, current.revision());
      }
      TenantPolicy next = change.apply(current.policy());
      if (!next.tenantId().equals(tenantId)) {
        throw new PolicyViolation("tenant.tenantId", "must be " + tenantId + ", the tenant of your key");
      }
      checkHolidayRegions(next);
      StoredPolicy stored = new StoredPolicy(next, current.revision() + 1);
      try {
        policies.save(stored, current.revision(), pending(tenantId, current.policy(), stored));
      } catch (PolicyChangedConcurrently e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        continue;
      }
      publishContractChanges.publishPending(tenantId);
      return stored;
    }
  }

  /** Replaces the whole policy, as an import does. */
  public StoredPolicy replaceAll(String tenantId, TenantPolicy policy) {
    return edit(tenantId, current -> policy);
  }

  public StoredPolicy replaceAll(String tenantId, Long expectedRevision, TenantPolicy policy) {
    return edit(tenantId, expectedRevision, current -> policy);
  }

  public <T> StoredPolicy create(String tenantId, Long expectedRevision, PolicySection<T> section, T entry) {
    String id = section.idOf(entry);
    return edit(tenantId, expectedRevision, policy -> {
      if (section.entry(policy, id).isPresent()) {
        throw new ConflictException("A " + section.noun() + " '" + id + "' exists already; PUT replaces it.");
      }
      List<T> entries = new ArrayList<>(section.entries(policy));
      entries.add(entry);
      return section.with(policy, entries);
    });
  }

  public <T> StoredPolicy replace(String tenantId, Long expectedRevision, PolicySection<T> section, String id,
      T entry) {
    if (!section.idOf(entry).equals(id)) {
      throw new PolicyViolation(section.noun() + "Id", "must be " + id + ", as in the path");
    }
    return edit(tenantId, expectedRevision, policy -> {
      requireEntry(policy, section, id);
      return section.with(policy, section.entries(policy).stream()
          .map(e -> section.idOf(e).equals(id) ? entry : e).toList());
    });
  }

  public <T> StoredPolicy delete(String tenantId, Long expectedRevision, PolicySection<T> section, String id) {
    return edit(tenantId, expectedRevision, policy -> {
      requireEntry(policy, section, id);
      try {
        return section.with(policy, section.entries(policy).stream()
            .filter(e -> !section.idOf(e).equals(id)).toList());
      } catch (PolicyViolation e) {
        throw new ConflictException("The " + section.noun() + " '" + id + "' is still in use: " + e.getMessage());
      }
    });
  }

  private static <T> void requireEntry(TenantPolicy policy, PolicySection<T> section, String id) {
    if (section.entry(policy, id).isEmpty()) {
      throw new NotFoundException("No " + section.noun() + " '" + id + "'");
    }
  }

  private void checkHolidayRegions(TenantPolicy policy) {
    Year year = Year.now(clock);
    for (CoverageCalendar calendar : policy.calendars()) {
      if (calendar.publicHolidays() != null) {
        try {
          publicHolidays.in(calendar.publicHolidays(), year);
        } catch (IllegalArgumentException e) {
          throw new PolicyViolation("calendars[" + calendar.calendarId() + "].publicHolidays", e.getMessage());
        }
      }
    }
  }

  private List<PendingContractChange> pending(String tenantId, TenantPolicy before, StoredPolicy after) {
    Instant now = clock.instant();
    return ContractChange.between(before, after.policy()).stream()
        .map(change -> new PendingContractChange(
            UUID.nameUUIDFromBytes(("contract-change:" + tenantId + ":" + change.contractId() + ":"
                + after.revision()).getBytes(StandardCharsets.UTF_8)).toString(),
            tenantId, now, after.revision(), change))
        .toList();
  }
}
