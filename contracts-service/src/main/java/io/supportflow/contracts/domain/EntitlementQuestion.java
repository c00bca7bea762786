package io.supportflow.contracts.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the entitlement rules look at for one request: who sent it, what it is, and, once a
 * customer is known, the contract in force that day, the day in the contract's zone and the
 * verdict on the named version. A rule that reads the contract stands after NO_CONTRACT.
 *
 * <p>What the channel did not state is read from the request's subject and text, the same way on
 * every channel: the product (a name from the tenant's catalogue) and the version written after
 * it, the language ({@link LanguageGuess}) and the category (the tenant's {@link ScopeClassifier}).
 * Each such reading that a rule asked for is remembered, so the decision can say what it read.
 */
final class EntitlementQuestion {

  private final TenantPolicy policy;
  private final Identification who;
  private final RequestFacts request;
  private final PublicHolidays publicHolidays;
  private final Contract contract;
  private final LocalDate day;
  private final ProductMention read;
  private final Product product;
  private final String versionName;
  private final VersionSupport.Verdict version;
  private final String guessedLanguage;
  private Optional<ScopeClassifier.Classification> classification;
  private final Map<String, String> readings = new LinkedHashMap<>();

  EntitlementQuestion(TenantPolicy policy, Identification who, RequestFacts request, PublicHolidays publicHolidays,
      VersionSupport versions) {
    this.policy = policy;
    this.who = who;
    this.request = request;
    this.publicHolidays = publicHolidays;
    this.contract = who.customer() == null ? null
        : policy.contractFor(who.customer().customerId(), request.receivedAt()).orElse(null);
    this.day = contract == null ? null : request.receivedAt().atZone(policy.zoneOf(contract)).toLocalDate();
    this.read = productRead(policy, request);
    this.product = stated(request.product()) ? policy.product(request.product()).orElse(null)
        : read == null ? null : read.product();
    this.versionName = stated(request.version()) ? request.version().strip() : read == null ? null : read.version();
    this.version = day == null || product == null || versionName == null ? null : versions.of(product, versionName, day);
    this.guessedLanguage = stated(request.language()) ? null
        : LanguageGuess.of(join(request.subject(), request.text())).orElse(null);
  }

  /**
   * The product (and version) read from the text, when the request names no product or no version;
   * else what a later reply named to fill the gap that is left (see {@link ProductMention#learnedFrom}).
   */
  static ProductMention productRead(TenantPolicy policy, RequestFacts request) {
    ProductMention fromText = productReadFromRequest(policy, request);
    ProductMention learned = request.learned();
    if (learned == null) {
      return fromText;
    }
    if (fromText == null) {
      return learned;
    }
    boolean versionOfTheSameProduct = !stated(request.version()) && fromText.version() == null
        && learned.version() != null && learned.product().productId().equals(fromText.product().productId());
    return versionOfTheSameProduct ? learned : fromText;
  }

  private static ProductMention productReadFromRequest(TenantPolicy policy, RequestFacts request) {
    if (!stated(request.product())) {
      return ProductMention.find(policy.products(), request.subject(), request.text(), request.channel()).orElse(null);
    }
    if (stated(request.version())) {
      return null;
    }
    return policy.product(request.product())
        .flatMap(p -> ProductMention.find(List.of(p), request.subject(), request.text(), request.channel()))
        .filter(m -> m.version() != null)
        .orElse(null);
  }

  private static boolean stated(String value) {
    return value != null && !value.isBlank();
  }

  private static String join(String subject, String text) {
    return (subject == null ? "" : subject) + "\n" + (text == null ? "" : text);
  }

  /**
   * The reason a rule gives, followed by what the rules asked so far read from the text instead
   * of from what the channel stated (nothing when they read nothing).
   */
  String explained(Function<EntitlementQuestion, String> reason) {
    String sentence = reason.apply(this);
    if (readings.isEmpty()) {
      return sentence;
    }
    return sentence + " Read from your request, as it did not state them: "
        + String.join("; ", readings.values()) + ".";
  }

  /** The language the request was written in, as stated, else as guessed from its words; null if neither. */
  String readLanguage() {
    return stated(request.language()) ? request.language().strip() : guessedLanguage;
  }

  /** What the request is about: as stated, else as the tenant's keywords classify its text. */
  Optional<RequestCategory> category() {
    Optional<RequestCategory> stated = RequestCategory.read(request.category());
    if (stated.isPresent()) {
      return stated;
    }
    if (classification == null) {
      classification = policy.tenant().classifier().classify(join(request.subject(), request.text()));
    }
    classification.ifPresent(c -> readings.put("category", "category " + c.category().name().toLowerCase(Locale.ROOT)
        + " from the words " + c.words().stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "))));
    return classification.map(ScopeClassifier.Classification::category);
  }

  /** Whether the tenant lets a request its keywords cannot classify pass a limited scope. */
  boolean unclassifiedPasses() {
    return policy.tenant().classifier().unclassifiedPasses();
  }

  /** Notes that the named product and version were (partly) read from the text, once a rule used them. */
  private void productConsulted() {
    if (read == null || version == null) {
      return;
    }
    String what = stated(request.product()) ? "version " + versionName + " of " + product.name()
        : stated(request.version()) ? "product " + product.name()
        : "product " + product.name() + " " + versionName;
    readings.put("product", what + " from " + read.where());
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
    productConsulted();
    return version == null ? VersionSupport.Status.UNKNOWN_VERSION : version.status();
  }

  VersionSupport.Verdict version() {
    return version;
  }

  /** The catalogue product the request names (stated, else read from its text); null when none. */
  Product product() {
    return product;
  }

  /** "Product 4.2" as the request (or its text) names it. */
  String namedVersion() {
    return product.name() + " " + versionName;
  }

  /** The contract's case-quota period that holds the request's day, or null without a quota. */
  CaseQuota.QuotaPeriod quotaPeriod() {
    return plan().caseQuota() == null ? null : plan().caseQuota().periodContaining(contract.startsOn(), day);
  }

  /**
   * The request's language, else the one guessed from its words, else the contact's, else the
   * customer's: primary subtag, lower case.
   */
  String language() {
    if (!stated(request.language()) && guessedLanguage != null) {
      readings.put("language", "language " + Locale.forLanguageTag(guessedLanguage).getDisplayLanguage(Locale.ENGLISH)
          + " guessed from its words");
    }
    String tag = readLanguage() != null ? readLanguage()
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
