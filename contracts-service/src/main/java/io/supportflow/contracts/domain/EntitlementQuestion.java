package io.supportflow.contracts.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the entitlement rules look at for one request: who sent it, what it is, and, once a
 * customer is known, the contract in force that day, the day in the contract's zone and the
 * verdict on the named version. A rule that reads the contract stands after NO_CONTRACT.
 */
final class EntitlementQuestion {

  private final TenantPolicy policy;
  private final Identification who;
  private final RequestFacts request;
  private final PublicHolidays publicHolidays;
  private final Contract contract;
  private final LocalDate day;
  private final VersionSupport.Verdict version;

  EntitlementQuestion(TenantPolicy policy, Identification who, RequestFacts request, PublicHolidays publicHolidays,
      VersionSupport versions) {
    this.policy = policy;
    this.who = who;
    this.request = request;
    this.publicHolidays = publicHolidays;
    this.contract = who.customer() == null ? null
        : policy.contractFor(who.customer().customerId(), request.receivedAt()).orElse(null);
    this.day = contract == null ? null : request.receivedAt().atZone(policy.zoneOf(contract)).toLocalDate();
    this.version = day == null || request.product() == null || request.version() == null || request.version().isBlank()
        ? null
        : policy.product(request.product()).map(p -> versions.of(p, request.version(), day)).orElse(null);
  }

  Identification who() {
    return who;
  }

  Customer customer() {
    return who.customer();
  }

  String customerId() {
    return who.customer() == null ? null : who.customer().customerId();
  }

  RequestFacts request() {
    return request;
  }

  /** The contract in force on the request's day, or null (only NO_CONTRACT and the rules before it see null). */
  Contract contract() {
    return contract;
  }

  String contractId() {
    return contract == null ? null : contract.contractId();
  }

  SupportPlan plan() {
    return contract.plan();
  }

  LocalDate day() {
    return day;
  }

  /** The named version's status; UNKNOWN_VERSION when no tracked product and version are named. */
  VersionSupport.Status versionStatus() {
    return version == null ? VersionSupport.Status.UNKNOWN_VERSION : version.status();
  }

  VersionSupport.Verdict version() {
    return version;
  }

  /** "Product 4.2" as the request names it. */
  String namedVersion() {
    return policy.product(request.product()).orElseThrow().name() + " " + request.version().strip();
  }

  /** The contract's case-quota period that holds the request's day, or null without a quota. */
  CaseQuota.QuotaPeriod quotaPeriod() {
    return plan().caseQuota() == null ? null : plan().caseQuota().periodContaining(contract.startsOn(), day);
  }

  /** The request's language, else the contact's, else the customer's: primary subtag, lower case. */
  String language() {
    String tag = request.language() != null ? request.language()
        : who.contact() != null && who.contact().language() != null ? who.contact().language()
        : who.customer().language();
    if (tag == null || tag.isBlank()) {
      return null;
    }
    return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
  }

  /** The terms the decision carries to sla, escalation and notification: calendar, targets, matrix, roster. */
  EntitledTerms terms() {
    SupportPlan plan = contract.plan();
    CoverageCalendar calendar = policy.calendar(plan.calendarId()).orElseThrow()
        .withHolidaysResolved(publicHolidays, List.of(Year.of(day.getYear()), Year.of(day.getYear() + 1)));
    List<EscalationLevel> levels = plan.escalationMatrixId() == null
        ? List.of()
        : policy.escalationMatrix(plan.escalationMatrixId()).map(EscalationMatrix::levels).orElse(List.of());
    Set<String> roles = levels.stream().map(EscalationLevel::role).collect(Collectors.toSet());
    Tenant tenant = policy.tenant();
    List<RosterEntry> roster = tenant.roster().stream().filter(r -> roles.contains(r.role())).toList();
    return new EntitledTerms(plan.planName(), plan.tier(), calendar, plan.targets(),
        plan.aroundTheClockOnceWorking(), plan.escalationMatrixId(), levels, roster, tenant.statusMails(),
        tenant.raiseOnBreach(), tenant.statusMailsWhileOnHold());
  }
}
