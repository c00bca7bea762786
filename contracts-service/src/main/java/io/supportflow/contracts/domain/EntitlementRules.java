package io.supportflow.contracts.domain;

import static io.supportflow.contracts.domain.EntitlementPolicy.CHANNEL_NOT_IN_PLAN;
import static io.supportflow.contracts.domain.EntitlementPolicy.CONTRACT_ACTIVE;
import static io.supportflow.contracts.domain.EntitlementPolicy.CONTRACT_EXPIRED;
import static io.supportflow.contracts.domain.EntitlementPolicy.CONTRACT_NOT_STARTED;
import static io.supportflow.contracts.domain.EntitlementPolicy.CUSTOMISED_BUILD;
import static io.supportflow.contracts.domain.EntitlementPolicy.END_OF_LIFE;
import static io.supportflow.contracts.domain.EntitlementPolicy.END_USER;
import static io.supportflow.contracts.domain.EntitlementPolicy.FREE_TIER;
import static io.supportflow.contracts.domain.EntitlementPolicy.IMPLEMENTATION_PERIOD;
import static io.supportflow.contracts.domain.EntitlementPolicy.LANGUAGE_NOT_SUPPORTED;
import static io.supportflow.contracts.domain.EntitlementPolicy.NOT_A_NAMED_CONTACT;
import static io.supportflow.contracts.domain.EntitlementPolicy.NO_CONTRACT;
import static io.supportflow.contracts.domain.EntitlementPolicy.OUT_OF_SCOPE;
import static io.supportflow.contracts.domain.EntitlementPolicy.PRE_RELEASE;
import static io.supportflow.contracts.domain.EntitlementPolicy.TERM_ENDED_QUOTE;
import static io.supportflow.contracts.domain.EntitlementPolicy.UNCLASSIFIED;
import static io.supportflow.contracts.domain.EntitlementPolicy.UNKNOWN_CUSTOMER;
import static io.supportflow.contracts.domain.EntitlementPolicy.UPGRADE_EMBARGO;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The entitlement rules, each with its reason code and the sentence the customer reads, and
 * {@link #IN_ORDER}, the one place that says which is asked first (docs/policies.md tells the same
 * order in words). Who is asking comes first, then whether a contract is in force that day, then
 * what the plan includes, then the version, then the late-purchase periods; a request that passes
 * them all is covered.
 */
final class EntitlementRules {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final String KEPT = "We have kept your request";
  private static final String INFRASTRUCTURE_INCIDENTS = "infrastructure incidents (server or client unresponsive,"
      + " web client unreachable, sudden severe performance loss, remote login impossible)";

  static final EntitlementRule UNKNOWN_CUSTOMER_RULE = EntitlementRule.refusingSender(
      UNKNOWN_CUSTOMER, EntitlementOutcome.NOT_ENTITLED, q -> q.customer() == null,
      q -> "We could not match your address to a customer with a support contract. " + KEPT
          + "; please reply with your customer name or contract number, or ask us for a quote.");

  static final EntitlementRule END_USER_RULE = EntitlementRule.refusingSender(
      END_USER, EntitlementOutcome.REDIRECTED, q -> q.who().contact() != null && !q.who().contact().mayOpenCases(),
      q -> "Support cases for " + q.customer().name() + " are opened by your system administrator or account"
          + " holder. " + KEPT + " and ask you to pass it on to them.");

  static final EntitlementRule NO_CONTRACT_RULE = EntitlementRule.refusingSender(
      NO_CONTRACT, EntitlementOutcome.NOT_ENTITLED, q -> q.contract() == null,
      q -> q.customer().name() + " has no support contract with us. Your software keeps working; " + lower(KEPT)
          + " and can send you a quote for support.");

  static final EntitlementRule CONTRACT_NOT_STARTED_RULE = EntitlementRule.refusing(
      CONTRACT_NOT_STARTED, EntitlementOutcome.NOT_ENTITLED, q -> q.day().isBefore(q.contract().startsOn()),
      q -> "Your support contract starts on " + DAY.format(q.contract().startsOn()) + ". " + KEPT
          + " and will handle it from then, or sooner on a quote.");

  static final EntitlementRule TERM_ENDED_QUOTE_RULE = EntitlementRule.serving(
      TERM_ENDED_QUOTE, EntitlementOutcome.QUOTE_REQUIRED, q -> ended(q) && q.plan().quoteAfterTerm(),
      q -> "Your support term ended on " + DAY.format(q.contract().endsOn()) + ". Without a maintenance plan"
          + " we help on a quote: " + lower(KEPT) + " and will send you one before we start.");

  static final EntitlementRule CONTRACT_EXPIRED_RULE = EntitlementRule.refusing(
      CONTRACT_EXPIRED, EntitlementOutcome.NOT_ENTITLED, EntitlementRules::ended,
      q -> "Your support contract ended on " + DAY.format(q.contract().endsOn()) + ". Your software keeps working; "
          + lower(KEPT) + " and can send you a quote to renew maintenance.");

  static final EntitlementRule FREE_TIER_RULE = EntitlementRule.refusing(
      FREE_TIER, EntitlementOutcome.NOT_ENTITLED, q -> q.plan().communityOnly(),
      q -> "Your " + planLabel(q.plan()) + " plan includes community support only, not support cases. " + KEPT
          + "; the community forum can help, or we can send you a quote for a support plan.");

  static final EntitlementRule NOT_A_NAMED_CONTACT_RULE = EntitlementRule.refusing(
      NOT_A_NAMED_CONTACT, EntitlementOutcome.REDIRECTED, q -> q.plan().namedContactsOnly() && q.who().contact() == null,
      q -> "Support cases for " + q.customer().name() + " are opened by its named system administrators and"
          + " account holders. " + KEPT + "; please ask your administrator to open it, or to add you"
          + " as a contact.");

  static final EntitlementRule CHANNEL_NOT_IN_PLAN_RULE = EntitlementRule.refusing(
      CHANNEL_NOT_IN_PLAN, EntitlementOutcome.NOT_ENTITLED,
      q -> !q.plan().allows(q.request().channel(), q.request().priority()),
      q -> "Your " + planLabel(q.plan()) + " plan does not include " + channelName(q.request().channel())
          + " support for " + q.request().priority() + " requests; " + allowedChannels(q.plan(), q.request().priority())
          + " " + KEPT + ".");

  static final EntitlementRule LANGUAGE_NOT_SUPPORTED_RULE = EntitlementRule.refusing(
      LANGUAGE_NOT_SUPPORTED, EntitlementOutcome.NOT_ENTITLED,
      q -> !q.plan().languages().isEmpty() && q.language() != null && !q.plan().languages().contains(q.language()),
      q -> "Your plan provides support in " + languageNames(q.plan().languages()) + " only. " + KEPT
          + "; please write to us in one of those languages.");

  static final EntitlementRule OUT_OF_SCOPE_RULE = EntitlementRule.refusing(
      OUT_OF_SCOPE, EntitlementOutcome.NOT_ENTITLED,
      q -> q.plan().scope() == Scope.INFRASTRUCTURE
          && q.category().filter(c -> c != RequestCategory.INFRASTRUCTURE).isPresent(),
      q -> "Your " + planLabel(q.plan()) + " plan covers " + INFRASTRUCTURE_INCIDENTS + ", not"
          + " configuration or general questions. " + KEPT + " and can send you a quote for it.");

  static final EntitlementRule UNCLASSIFIED_RULE = EntitlementRule.refusing(
      UNCLASSIFIED, EntitlementOutcome.NOT_ENTITLED,
      q -> q.plan().scope() == Scope.INFRASTRUCTURE && q.category().isEmpty() && !q.unclassifiedPasses(),
      q -> "Your " + planLabel(q.plan()) + " plan covers " + INFRASTRUCTURE_INCIDENTS + ", and none of the"
          + " words that mark one were found in your request. " + KEPT + "; please reply saying which server,"
          + " client or login is affected, or ask us for a quote.");

  static final EntitlementRule PRE_RELEASE_RULE = EntitlementRule.refusing(
      PRE_RELEASE, EntitlementOutcome.NOT_ENTITLED, q -> q.versionStatus() == VersionSupport.Status.PRE_RELEASE,
      q -> q.namedVersion() + " is a beta, release-candidate or development build, which support does not cover. "
          + KEPT + "; please reproduce the problem on a released version.");

  static final EntitlementRule CUSTOMISED_BUILD_RULE = EntitlementRule.refusing(
      CUSTOMISED_BUILD, EntitlementOutcome.NOT_ENTITLED, q -> q.versionStatus() == VersionSupport.Status.CUSTOMISED,
      q -> q.namedVersion() + " is a customised build (its original code was modified), which support does not cover. "
          + KEPT + " and can send you a quote.");

  static final EntitlementRule END_OF_LIFE_RULE = EntitlementRule.refusing(
      END_OF_LIFE, EntitlementOutcome.UPGRADE_ASSISTANCE_ONLY, q -> q.versionStatus() == VersionSupport.Status.END_OF_LIFE,
      q -> q.namedVersion() + " reached its end of life on " + DAY.format(q.version().endOfLife()) + ". We help you"
          + " upgrade to a supported version; other problems are handled once you run one. " + KEPT + ".");

  static final EntitlementRule IMPLEMENTATION_PERIOD_RULE = EntitlementRule.serving(
      IMPLEMENTATION_PERIOD, EntitlementOutcome.QUOTE_REQUIRED,
      q -> latePurchase(q) && q.day().isBefore(implementedOn(q)),
      q -> "Your maintenance started on " + DAY.format(q.contract().maintenanceStartsOn()) + ", after the purchase;"
          + " until " + DAY.format(implementedOn(q)) + " (the " + q.plan().latePurchase().implementationPeriodWeeks()
          + "-week implementation period) each request is quoted case by case. " + KEPT
          + " and will send you a quote before we start.");

  static final EntitlementRule UPGRADE_EMBARGO_RULE = EntitlementRule.serving(
      UPGRADE_EMBARGO, EntitlementOutcome.ENTITLED, q -> latePurchase(q) && q.day().isBefore(upgradesFrom(q)),
      q -> covered(q) + " Software upgrades are included from " + DAY.format(upgradesFrom(q)) + ", "
          + q.plan().latePurchase().upgradeEmbargoMonths() + " months after your maintenance started.");

  static final EntitlementRule CONTRACT_ACTIVE_RULE = EntitlementRule.serving(
      CONTRACT_ACTIVE, EntitlementOutcome.ENTITLED, q -> true, EntitlementRules::covered);

  /** The order the rules are asked in; the first that applies decides, and the last always does. */
  static final List<EntitlementRule> IN_ORDER = List.of(
      UNKNOWN_CUSTOMER_RULE, END_USER_RULE, NO_CONTRACT_RULE,
      CONTRACT_NOT_STARTED_RULE, TERM_ENDED_QUOTE_RULE, CONTRACT_EXPIRED_RULE,
      FREE_TIER_RULE, NOT_A_NAMED_CONTACT_RULE, CHANNEL_NOT_IN_PLAN_RULE, LANGUAGE_NOT_SUPPORTED_RULE,
      OUT_OF_SCOPE_RULE, UNCLASSIFIED_RULE,
      PRE_RELEASE_RULE, CUSTOMISED_BUILD_RULE, END_OF_LIFE_RULE,
      IMPLEMENTATION_PERIOD_RULE, UPGRADE_EMBARGO_RULE,
      CONTRACT_ACTIVE_RULE);

  private EntitlementRules() {}

  static String day(LocalDate date) {
    return DAY.format(date);
  }

  static String kept() {
    return KEPT;
  }

  private static boolean ended(EntitlementQuestion q) {
    return q.day().isAfter(q.contract().endsOn());
  }

  private static boolean latePurchase(EntitlementQuestion q) {
    return q.contract().boughtLate() && q.plan().latePurchase() != null;
  }

  private static LocalDate implementedOn(EntitlementQuestion q) {
    return q.contract().maintenanceStartsOn().plusWeeks(q.plan().latePurchase().implementationPeriodWeeks());
  }

  private static LocalDate upgradesFrom(EntitlementQuestion q) {
    return q.contract().maintenanceStartsOn().plusMonths(q.plan().latePurchase().upgradeEmbargoMonths());
  }

  private static String covered(EntitlementQuestion q) {
    return "Your request is covered by your " + planLabel(q.plan()) + " contract, valid until "
        + DAY.format(q.contract().endsOn()) + ".";
  }

  private static String planLabel(SupportPlan plan) {
    return plan.tier() == null ? plan.planName() : plan.planName() + " " + plan.tier();
  }

  private static String allowedChannels(SupportPlan plan, Priority priority) {
    List<String> allowed = plan.channels().stream()
        .filter(rule -> rule.allows(rule.channel(), priority))
        .map(rule -> channelName(rule.channel()))
        .toList();
    return allowed.isEmpty() ? "it has no channel for them." : "please use " + String.join(" or ", allowed) + ".";
  }

  private static String channelName(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }

  private static String languageNames(List<String> codes) {
    return codes.stream().map(c -> Locale.forLanguageTag(c).getDisplayLanguage(Locale.ENGLISH))
        .collect(Collectors.joining(" and "));
  }

  private static String lower(String sentence) {
    return Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
