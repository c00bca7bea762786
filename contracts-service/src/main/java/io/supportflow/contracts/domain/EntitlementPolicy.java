package io.supportflow.contracts.domain;

import java.util.List;


/**
 * Decides what a request is owed, rule by rule in the fixed order of {@link EntitlementRules#IN_ORDER},
 * and says why in a sentence the customer can read. Every request is answered: one without support
 * is told why and what to do, because the software keeps working and the vendor wants to quote.
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
  public static final String UNCLASSIFIED = "UNCLASSIFIED";
  public static final String PRE_RELEASE = "PRE_RELEASE";
  public static final String CUSTOMISED_BUILD = "CUSTOMISED_BUILD";
  public static final String END_OF_LIFE = "END_OF_LIFE";
  public static final String IMPLEMENTATION_PERIOD = "IMPLEMENTATION_PERIOD";
  public static final String CASE_QUOTA_USED = "CASE_QUOTA_USED";
  public static final String UPGRADE_EMBARGO = "UPGRADE_EMBARGO";
  public static final String CONTRACT_ACTIVE = "CONTRACT_ACTIVE";

  private final PublicHolidays publicHolidays;
  private final VersionSupport versions = new VersionSupport();

  public EntitlementPolicy(PublicHolidays publicHolidays) {
    this.publicHolidays = publicHolidays;
  }

  public EntitlementDecision decide(TenantPolicy policy, Identification who, RequestFacts request) {
    EntitlementQuestion question = new EntitlementQuestion(policy, who, request, publicHolidays, versions);
    Product product = question.product();
    return EntitlementRules.IN_ORDER.stream()
        .filter(rule -> rule.appliesTo().test(question))
        .findFirst()
        .orElseThrow() // the last rule applies to every request that reaches it
        .decision().apply(question)
        // Whatever the rule, the product the request is about (intake's incident rules group cases by it).
        .withProduct(product == null ? null : product.productId(), product == null ? null : product.name());
  }

  /** The reason codes in the order their rules are asked. */
  public static List<String> ruleOrder() {
    return EntitlementRules.IN_ORDER.stream().map(EntitlementRule::code).toList();
  }

  /** The answer when the contract's case quota for the period is already used by other cases. */
  public EntitlementDecision quotaUsed(EntitlementDecision entitled) {
    CaseQuota.QuotaPeriod period = entitled.quotaPeriod();
    int n = period.maxCases();
    return new EntitlementDecision(EntitlementOutcome.NOT_ENTITLED, CASE_QUOTA_USED,
        "Your plan includes " + (n == 1 ? "1 case" : n + " cases") + " from " + EntitlementRules.day(period.from())
            + " to " + EntitlementRules.day(period.to()) + ", and that is used. " + EntitlementRules.kept()
            + " and can send you a quote for it or for a maintenance plan.",
        entitled.customerId(), entitled.contractId(), null, null, entitled.language())
        .withProduct(entitled.productId(), entitled.productName());
  }
}
