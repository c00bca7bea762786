package io.supportflow.contracts.domain;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides what a request is owed, rule by rule in a fixed order, and says why in a sentence the
 * customer can read. Every request is answered: one without support is told why and what to do,
 * because the software keeps working and the vendor wants to quote.
 */
public final class EntitlementPolicy {

  public static final String UNKNOWN_CUSTOMER = "UNKNOWN_CUSTOMER";
  public static final String END_USER = "END_USER";
  public static final String NOT_A_NAMED_CONTACT = "NOT_A_NAMED_CONTACT";
  public static final String NO_CONTRACT = "NO_CONTRACT";
  public static final String CONTRACT_NOT_STARTED = "CONTRACT_NOT_STARTED";
  public static final String CONTRACT_EXPIRED = "CONTRACT_EXPIRED";
  public static final String TERM_ENDED_QUOTE = "TERM_ENDED_QUOTE";
  public static final String FREE_TIER = "FREE_TIER";
  public static final String CHANNEL_NOT_IN_PLAN = "CHANNEL_NOT_IN_PLAN";
  public static final String LANGUAGE_NOT_SUPPORTED = "LANGUAGE_NOT_SUPPORTED";
  public static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";
  public static final String PRE_RELEASE = "PRE_RELEASE";
  public static final String CUSTOMISED_BUILD = "CUSTOMISED_BUILD";
  public static final String END_OF_LIFE = "END_OF_LIFE";
  public static final String IMPLEMENTATION_PERIOD = "IMPLEMENTATION_PERIOD";
  public static final String CASE_QUOTA_USED = "CASE_QUOTA_USED";
  public static final String UPGRADE_EMBARGO = "UPGRADE_EMBARGO";
  public static final String CONTRACT_ACTIVE = "CONTRACT_ACTIVE";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final String KEPT = "We have kept your request";

  private final PublicHolidays publicHolidays;
  private final VersionSupport versions = new VersionSupport();

  public EntitlementPolicy(PublicHolidays publicHolidays) {
    this.publicHolidays = publicHolidays;
  }

  public EntitlementDecision decide(TenantPolicy policy, Identification who, RequestFacts request) {
    Customer customer = who.customer();
    if (customer == null) {
      return refuse(EntitlementOutcome.NOT_ENTITLED, UNKNOWN_CUSTOMER,
          "We could not match your address to a customer with a support contract. " + KEPT
              + "; please reply with your customer name or contract number, or ask us for a quote.",
          null, null);
    }
    String customerId = customer.customerId();
    if (who.contact() != null && !who.contact().mayOpenCases()) {
      return refuse(EntitlementOutcome.REDIRECTED, END_USER,
          "Support cases for " + customer.name() + " are opened by your system administrator or account"
              + " holder. " + KEPT + " and ask you to pass it on to them.",
          customerId, null);
    }
    Optional<Contract> found = policy.contractFor(customerId, request.receivedAt());
    if (found.isEmpty()) {
      return refuse(EntitlementOutcome.NOT_ENTITLED, NO_CONTRACT,
          customer.name() + " has no support contract with us. Your software keeps working; " + lower(KEPT)
              + " and can send you a quote for support.",
          customerId, null);
    }
    Contract contract = found.get();
    SupportPlan plan = contract.plan();
    String contractId = contract.contractId();
    LocalDate day = request.receivedAt().atZone(policy.zoneOf(contract)).toLocalDate();
    if (day.isBefore(contract.startsOn())) {
      return refuse(EntitlementOutcome.NOT_ENTITLED, CONTRACT_NOT_STARTED,
          "Your support contract starts on " + DAY.format(contract.startsOn()) + ". " + KEPT
              + " and will handle it from then, or sooner on a quote.",
          customerId, contractId);
    }
    if (day.isAfter(contract.endsOn())) {
      if (plan.quoteAfterTerm()) {
        return new EntitlementDecision(EntitlementOutcome.QUOTE_REQUIRED, TERM_ENDED_QUOTE,
            "Your support term ended on " + DAY.format(contract.endsOn()) + ". Without a maintenance plan"
                + " we help on a quote: " + lower(KEPT) + " and will send you one before we start.",
            customerId, contractId, terms(policy, contract, day), null);
      }
      return refuse(EntitlementOutcome.NOT_ENTITLED, CONTRACT_EXPIRED,
          "Your support contract ended on " + DAY.format(contract.endsOn()) + ". Your software keeps working; "
              + lower(KEPT) + " and can send you a quote to renew maintenance.",
          customerId, contractId);
    }
    if (plan.communityOnly()) {
      return refuse(EntitlementOutcome.NOT_ENTITLED, FREE_TIER,
          "Your " + planLabel(plan) + " plan includes community support only, not support cases. " + KEPT
              + "; the community forum can help, or we can send you a quote for a support plan.",
          customerId, contractId);
    }
    if (plan.namedContactsOnly() && who.contact() == null) {
      return refuse(EntitlementOutcome.REDIRECTED, NOT_A_NAMED_CONTACT,
          "Support cases for " + customer.name() + " are opened by its named system administrators and"
              + " account holders. " + KEPT + "; please ask your administrator to open it, or to add you"
              + " as a contact.",
          customerId, contractId);
    }
    if (!plan.allows(request.channel(), request.priority())) {
      return refuse(EntitlementOutcome.NOT_ENTITLED, CHANNEL_NOT_IN_PLAN,
          "Your " + planLabel(plan) + " plan does not include " + channelName(request.channel().name())
              + " support for " + request.priority() + " requests; " + allowedChannels(plan, request.priority())
              + " " + KEPT + ".",
          customerId, contractId);
    }
    String language = language(who, request);
    if (language != null && !plan.languages().isEmpty() && !plan.languages().contains(language)) {
      return refuse(EntitlementOutcome.NOT_ENTITLED, LANGUAGE_NOT_SUPPORTED,
          "Your plan provides support in " + languageNames(plan.languages()) + " only. " + KEPT
              + "; please write to us in one of those languages.",
          customerId, contractId);
    }
    if (plan.scope() == Scope.INFRASTRUCTURE && RequestCategory.read(request.category())
        .filter(c -> c != RequestCategory.INFRASTRUCTURE).isPresent()) {
      return refuse(EntitlementOutcome.NOT_ENTITLED, OUT_OF_SCOPE,
          "Your " + planLabel(plan) + " plan covers infrastructure incidents (server or client unresponsive,"
              + " web client unreachable, sudden severe performance loss, remote login impossible), not"
              + " configuration or general questions. " + KEPT + " and can send you a quote for it.",
          customerId, contractId);
    }
    Optional<EntitlementDecision> byVersion = versionVerdict(policy, request, day, customerId, contract);
    if (byVersion.isPresent()) {
      return byVersion.get();
    }
    if (contract.boughtLate() && plan.latePurchase() != null) {
      LocalDate implementedOn = contract.maintenanceStartsOn().plusWeeks(plan.latePurchase().implementationPeriodWeeks());
      if (day.isBefore(implementedOn)) {
        return new EntitlementDecision(EntitlementOutcome.QUOTE_REQUIRED, IMPLEMENTATION_PERIOD,
            "Your maintenance started on " + DAY.format(contract.maintenanceStartsOn()) + ", after the purchase;"
                + " until " + DAY.format(implementedOn) + " (the " + plan.latePurchase().implementationPeriodWeeks()
                + "-week implementation period) each request is quoted case by case. " + KEPT
                + " and will send you a quote before we start.",
            customerId, contractId, terms(policy, contract, day), null);
      }
    }
    CaseQuota.QuotaPeriod quota = plan.caseQuota() == null
        ? null : plan.caseQuota().periodContaining(contract.startsOn(), day);
    if (contract.boughtLate() && plan.latePurchase() != null) {
      LocalDate upgradesFrom = contract.maintenanceStartsOn().plusMonths(plan.latePurchase().upgradeEmbargoMonths());
      if (day.isBefore(upgradesFrom)) {
        return new EntitlementDecision(EntitlementOutcome.ENTITLED, UPGRADE_EMBARGO,
            "Your request is covered by your " + planLabel(plan) + " contract, valid until "
                + DAY.format(contract.endsOn()) + ". Software upgrades are included from "
                + DAY.format(upgradesFrom) + ", " + plan.latePurchase().upgradeEmbargoMonths()
                + " months after your maintenance started.",
            customerId, contractId, terms(policy, contract, day), quota);
      }
    }
    return new EntitlementDecision(EntitlementOutcome.ENTITLED, CONTRACT_ACTIVE,
        "Your request is covered by your " + planLabel(plan) + " contract, valid until "
            + DAY.format(contract.endsOn()) + ".",
        customerId, contractId, terms(policy, contract, day), quota);
  }

  /** The answer when the contract's case quota for the period is already used by other cases. */
  public EntitlementDecision quotaUsed(EntitlementDecision entitled) {
    CaseQuota.QuotaPeriod period = entitled.quotaPeriod();
    return refuse(EntitlementOutcome.NOT_ENTITLED, CASE_QUOTA_USED,
        "Your plan includes " + cases(period.maxCases()) + " from " + DAY.format(period.from()) + " to "
            + DAY.format(period.to()) + ", and that is used. " + KEPT + " and can send you a quote for it"
            + " or for a maintenance plan.",
        entitled.customerId(), entitled.contractId());
  }

  private Optional<EntitlementDecision> versionVerdict(
      TenantPolicy policy, RequestFacts request, LocalDate day, String customerId, Contract contract) {
    if (request.product() == null || request.version() == null || request.version().isBlank()) {
      return Optional.empty();
    }
    Optional<Product> product = policy.product(request.product());
    if (product.isEmpty()) {
      return Optional.empty(); // a product we do not track: the agent judges the version
    }
    VersionSupport.Verdict verdict = versions.of(product.get(), request.version(), day);
    String named = product.get().name() + " " + request.version().strip();
    String contractId = contract.contractId();
    return switch (verdict.status()) {
      case PRE_RELEASE -> Optional.of(refuse(EntitlementOutcome.NOT_ENTITLED, PRE_RELEASE,
          named + " is a beta, release-candidate or development build, which support does not cover. " + KEPT
              + "; please reproduce the problem on a released version.", customerId, contractId));
      case CUSTOMISED -> Optional.of(refuse(EntitlementOutcome.NOT_ENTITLED, CUSTOMISED_BUILD,
          named + " is a customised build (its original code was modified), which support does not cover. "
              + KEPT + " and can send you a quote.", customerId, contractId));
      case END_OF_LIFE -> Optional.of(refuse(EntitlementOutcome.UPGRADE_ASSISTANCE_ONLY, END_OF_LIFE,
          named + " reached its end of life on " + DAY.format(verdict.endOfLife()) + ". We help you upgrade to a"
              + " supported version; other problems are handled once you run one. " + KEPT + ".",
          customerId, contractId));
      case SUPPORTED, UNKNOWN_VERSION -> Optional.empty();
    };
  }

  private EntitledTerms terms(TenantPolicy policy, Contract contract, LocalDate day) {
    SupportPlan plan = contract.plan();
    CoverageCalendar calendar = policy.calendar(plan.calendarId()).orElseThrow()
        .withHolidaysResolved(publicHolidays, List.of(Year.of(day.getYear()), Year.of(day.getYear() + 1)));
    List<EscalationLevel> levels = plan.escalationMatrixId() == null
        ? List.of()
        : policy.escalationMatrix(plan.escalationMatrixId()).map(EscalationMatrix::levels).orElse(List.of());
    Set<String> roles = levels.stream().map(EscalationLevel::role).collect(Collectors.toSet());
    List<RosterEntry> roster = policy.tenant().roster().stream().filter(r -> roles.contains(r.role())).toList();
    Tenant tenant = policy.tenant();
    return new EntitledTerms(plan.planName(), plan.tier(), calendar, plan.targets(),
        plan.aroundTheClockOnceWorking(), plan.escalationMatrixId(), levels, roster, tenant.statusMails(),
        tenant.raiseOnBreach(), tenant.statusMailsWhileOnHold());
  }

  private static EntitlementDecision refuse(
      EntitlementOutcome outcome, String code, String reason, String customerId, String contractId) {
    return new EntitlementDecision(outcome, code, reason, customerId, contractId, null, null);
  }

  /** The request's language, else the contact's, else the customer's: primary subtag, lower case. */
  private static String language(Identification who, RequestFacts request) {
    String tag = request.language() != null ? request.language()
        : who.contact() != null && who.contact().language() != null ? who.contact().language()
        : who.customer().language();
    if (tag == null || tag.isBlank()) {
      return null;
    }
    return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
  }

  private static String planLabel(SupportPlan plan) {
    return plan.tier() == null ? plan.planName() : plan.planName() + " " + plan.tier();
  }

  private static String allowedChannels(SupportPlan plan, Priority priority) {
    List<String> allowed = plan.channels().stream()
        .filter(rule -> rule.allows(rule.channel(), priority))
        .map(rule -> channelName(rule.channel().name()))
        .toList();
    return allowed.isEmpty() ? "it has no channel for them." : "please use " + String.join(" or ", allowed) + ".";
  }

  private static String channelName(String channel) {
    return channel.toLowerCase(Locale.ROOT);
  }

  private static String languageNames(List<String> codes) {
    return codes.stream().map(c -> Locale.forLanguageTag(c).getDisplayLanguage(Locale.ENGLISH))
        .collect(Collectors.joining(" and "));
  }

  private static String cases(int n) {
    return n == 1 ? "1 case" : n + " cases";
  }

  private static String lower(String sentence) {
    return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
