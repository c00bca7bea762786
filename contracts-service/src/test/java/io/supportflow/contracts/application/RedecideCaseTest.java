package io.supportflow.contracts.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.supportflow.contracts.domain.CaseQuota;
import io.supportflow.contracts.domain.Channel;
import io.supportflow.contracts.domain.ChannelRule;
import io.supportflow.contracts.domain.Contact;
import io.supportflow.contracts.domain.ContactRole;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.CoverageCalendar;
import io.supportflow.contracts.domain.Customer;
import io.supportflow.contracts.domain.CustomerIdentification;
import io.supportflow.contracts.domain.EntitlementOutcome;
import io.supportflow.contracts.domain.EntitlementPolicy;
import io.supportflow.contracts.domain.Priority;
import io.supportflow.contracts.domain.Product;
import io.supportflow.contracts.domain.ReactionMetric;
import io.supportflow.contracts.domain.ReactionTarget;
import io.supportflow.contracts.domain.RedecisionTrigger;
import io.supportflow.contracts.domain.Scope;
import io.supportflow.contracts.domain.SupportPlan;
import io.supportflow.contracts.domain.TargetUnit;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantPolicy;
import io.supportflow.contracts.domain.VersionLine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The re-decision rules of docs/policies.md "Decisions that follow the case": what re-decides an
 * open case, what is published (only a different outcome, reason code or terms, as version + 1), and
 * what is not (a redelivered trigger, a resolved case, an unchanged outcome). Received on Wednesday
 * 3 June 2026, 12:00 in Amsterdam, on an Enterprise contract with phone for SEV1 only.
 */
class RedecideCaseTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Instant RECEIVED = Instant.parse("2026-06-03T10:00:00Z");
  private static final Instant LATER = RECEIVED.plusSeconds(600);
  private static final Contact ADMIN =
      new Contact("Olivia Ops", "ops@northwind.example", "+31205550100", ContactRole.ADMINISTRATOR, "en");

  private final HeldPolicies policies = HeldPolicies.holding(tenant(enterprise(), LocalDate.of(2026, 12, 31)));
  private final InMemoryCaseDecisions cases = new InMemoryCaseDecisions();
  private final Log log = new Log();
  private final Ledger quotas = new Ledger();
  private final List<RecordedDecision> published = new ArrayList<>();
  private final Clock clock = Clock.fixed(LATER.plusSeconds(1), ZoneOffset.UTC);
  private final EntitlementPolicy policy = new EntitlementPolicy((region, year) -> Set.of());
  private final DecideEntitlement decide = new DecideEntitlement(
      policies, log, cases, quotas, new CustomerIdentification(), policy, clock);
  private final RedecideCase redecide = new RedecideCase(policies, cases, log, quotas, new CustomerIdentification(),
      policy, new PublishRedecisions(cases, published::add, clock), clock);

  @Test
  void aPhoneCaseRaisedFromP3ToP1OnAContractWithPhoneForSev1OnlyBecomesEntitledAsVersion2() {
    RecordedDecision first = decideOne(call("case-1", Priority.P3));
    assertThat(first.decision().reasonCode()).isEqualTo("CHANNEL_NOT_IN_PLAN");
    assertThat(first.decision().reason()).contains("does not include phone support for P3 requests");

    List<RecordedDecision> again = redecide.onActivity(priority("act-1", "case-1", Priority.P1));

    RecordedDecision second = again.getFirst();
    assertThat(second.decision().outcome()).isEqualTo(EntitlementOutcome.ENTITLED);
    assertThat(second.decision().reasonCode()).isEqualTo("CONTRACT_ACTIVE");
    assertThat(second.decision().terms()).isNotNull();
    assertThat(second.revision()).isEqualTo(new Revision(2, LATER, RedecisionTrigger.PRIORITY_CHANGED, "act-1",
        EntitlementOutcome.NOT_ENTITLED));
    assertThat(second.request().priority()).as("the priority at decision time").isEqualTo(Priority.P1);
    assertThat(second.request().receivedAt()).isEqualTo(RECEIVED);
    assertThat(second.eventId()).isNotEqualTo(first.eventId());
    assertThat(published).containsExactly(second);
    assertThat(cases.unpublished()).as("published, so no longer in the case's outbox").isEmpty();
    assertThat(cases.find("case-1").orElseThrow().inForce()).isEqualTo(second);
  }

  @Test
  void aRedeliveredTriggerPublishesNothingNew() {
    decideOne(call("case-1", Priority.P3));
    redecide.onActivity(priority("act-1", "case-1", Priority.P1));

    assertThat(redecide.onActivity(priority("act-1", "case-1", Priority.P1))).isEmpty();
    assertThat(published).hasSize(1);
    assertThat(cases.find("case-1").orElseThrow().inForce().version()).isEqualTo(2);
  }

  @Test
  void aProductNamedLaterInACustomerReplyThatIsEndOfLifeGetsUpgradeAssistanceOnly() {
    RecordedDecision first = decideOne(portal("case-1", Priority.P1));
    assertThat(first.decision().outcome()).isEqualTo(EntitlementOutcome.ENTITLED);

    RecordedDecision second = redecide.onActivity(reply("act-1", "case-1", CaseActivity.Kind.CUSTOMER_REPLIED,
        "The server still runs Shop 2.2.3, we never upgraded.")).getFirst();

    assertThat(second.decision().outcome()).isEqualTo(EntitlementOutcome.UPGRADE_ASSISTANCE_ONLY);
    assertThat(second.decision().reasonCode()).isEqualTo("END_OF_LIFE");
    assertThat(second.decision().reason()).startsWith("Shop 2.2.3 reached its end of life on 1 March 2026.")
        .endsWith("Read from your request, as it did not state them: product Shop 2.2.3 from your reply.");
    assertThat(second.revision()).isEqualTo(new Revision(2, LATER, RedecisionTrigger.PRODUCT_MENTIONED, "act-1",
        EntitlementOutcome.ENTITLED));
    assertThat(second.decision().terms()).isNull();
  }

  @Test
  void aVersionStatedWithoutItsProductIsJudgedOnceAReplyNamesTheProduct() {
    SupportRequest versionOnly = new SupportRequest("req-case-1", "acme", "case-1", "ACME-1", Channel.PORTAL,
        "Olivia Ops", "ops@northwind.example", null, null, "Crash", "It crashes since version 2.2.3.", Priority.P1,
        "en", null, null, "2.2.3", RECEIVED);
    assertThat(decideOne(versionOnly).decision().reasonCode()).isEqualTo("CONTRACT_ACTIVE");

    RecordedDecision second = redecide.onActivity(reply("act-1", "case-1", CaseActivity.Kind.CUSTOMER_REPLIED,
        "It is the Shop web client that crashes.")).getFirst();

    assertThat(second.decision().reasonCode()).isEqualTo("END_OF_LIFE");
    assertThat(second.decision().reason()).endsWith("product Shop from your reply.");
  }

  @Test
  void anAgentNamingAProductDoesNotReDecideTheCase() {
    decideOne(portal("case-1", Priority.P1));

    assertThat(redecide.onActivity(reply("act-1", "case-1", CaseActivity.Kind.OTHER,
        "Shop 2.2.3 is end of life; please upgrade to Shop 2.4."))).isEmpty();
    assertThat(published).isEmpty();
  }

  @Test
  void aProductTheCaseAlreadyNamesIsNotReplacedByOneAReplyNames() {
    decideOne(portal("case-1", Priority.P1, "Checkout of Shop 2.4.1 is down"));

    assertThat(redecide.onActivity(reply("act-1", "case-1", CaseActivity.Kind.CUSTOMER_REPLIED,
        "Our test server runs Shop 2.2.3."))).isEmpty();
    assertThat(cases.find("case-1").orElseThrow().learned()).isNull();
  }

  @Test
  void aContractEndedByAChangeBeforeTheCaseCameInMakesItNotEntitled() {
    decideOne(portal("case-1", Priority.P1));
    policies.change(p -> p.withContracts(List.of(contract(enterprise(), LocalDate.of(2026, 5, 31)))));

    RecordedDecision second = redecide.onContractChange(changed("chg-1")).getFirst();

    assertThat(second.decision().outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(second.decision().reasonCode()).isEqualTo("CONTRACT_EXPIRED");
    assertThat(second.revision()).isEqualTo(new Revision(2, LATER, RedecisionTrigger.CONTRACT_CHANGED, "chg-1",
        EntitlementOutcome.ENTITLED));
  }

  @Test
  void aContractChangeReDecidesEveryOpenCaseOfTheCustomerEachUnderItsOwnVersion() {
    decideOne(portal("case-1", Priority.P1));
    decideOne(call("case-2", Priority.P3));
    decideOne(portal("case-3", Priority.P2));
    redecide.onActivity(reply("act-3", "case-3", CaseActivity.Kind.RESOLVED, null));
    policies.change(p -> p.withContracts(List.of(contract(enterprise(), LocalDate.of(2026, 5, 31)))));

    List<RecordedDecision> changed = redecide.onContractChange(changed("chg-1"));

    assertThat(changed).extracting(d -> d.request().caseId()).containsExactlyInAnyOrder("case-1", "case-2");
    assertThat(changed).extracting(d -> d.decision().reasonCode()).containsOnly("CONTRACT_EXPIRED");
    assertThat(changed).extracting(RecordedDecision::version).containsOnly(2);
    assertThat(redecide.onContractChange(changed("chg-1"))).as("redelivered").isEmpty();
  }

  @Test
  void anUnchangedOutcomePublishesNothingButTheNewPriorityIsKept() {
    decideOne(portal("case-1", Priority.P1));

    assertThat(redecide.onActivity(priority("act-1", "case-1", Priority.P2))).isEmpty();

    assertThat(published).isEmpty();
    DecidedCase kept = cases.find("case-1").orElseThrow();
    assertThat(kept.inForce().version()).isEqualTo(1);
    assertThat(kept.priority()).isEqualTo(Priority.P2);
    assertThat(kept.facts().priority()).isEqualTo(Priority.P2);
  }

  @Test
  void aResolvedCaseIsNotDecidedAgain() {
    decideOne(call("case-1", Priority.P3));
    redecide.onActivity(reply("act-1", "case-1", CaseActivity.Kind.RESOLVED, null));

    assertThat(redecide.onActivity(priority("act-2", "case-1", Priority.P1))).isEmpty();
    assertThat(redecide.onContractChange(changed("chg-1"))).isEmpty();
    assertThat(published).isEmpty();
    assertThat(cases.find("case-1").orElseThrow().inForce().version()).isEqualTo(1);
  }

  @Test
  void aReDecisionDoesNotChargeTheCaseQuotaAgain() {
    SupportPlan withQuota = plan(new CaseQuota(1, 90), List.of(new ChannelRule(Channel.PORTAL, List.of())),
        new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 15, TargetUnit.CLOCK_MINUTES));
    policies.change(p -> p.withContracts(List.of(contract(withQuota, LocalDate.of(2026, 12, 31)))));
    decideOne(portal("case-1", Priority.P1));
    SupportPlan fasterTargets = plan(new CaseQuota(1, 90), List.of(new ChannelRule(Channel.PORTAL, List.of())),
        new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 10, TargetUnit.CLOCK_MINUTES));
    policies.change(p -> p.withContracts(List.of(contract(fasterTargets, LocalDate.of(2026, 12, 31)))));

    RecordedDecision second = redecide.onContractChange(changed("chg-1")).getFirst();

    assertThat(second.decision().reasonCode()).as("its own slot, found again").isEqualTo("CONTRACT_ACTIVE");
    assertThat(second.decision().terms().targets().getFirst().amount()).as("the new terms").isEqualTo(10);
    assertThat(quotas.slots.values()).singleElement().isEqualTo(List.of("case-1"));
  }

  @Test
  void aTriggerBeforeTheCaseIsDecidedIsRetriedLater() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> redecide.onActivity(priority("act-1", "case-9", Priority.P1)))
        .isInstanceOf(CaseNotDecidedYet.class);
  }

  @Test
  void anUnpublishedReDecisionIsPublishedByTheRelayWithItsEventIdAndVersion() {
    List<RecordedDecision> sent = new ArrayList<>();
    boolean[] brokerUp = {false};
    RedecideCase refused = new RedecideCase(policies, cases, log, quotas, new CustomerIdentification(), policy,
        new PublishRedecisions(cases, d -> {
          if (!brokerUp[0]) {
            throw new IllegalStateException("broker away");
          }
          sent.add(d);
        }, clock), clock);
    decideOne(call("case-1", Priority.P3));
    RecordedDecision stored = refused.onActivity(priority("act-1", "case-1", Priority.P1)).getFirst();
    assertThat(cases.unpublished()).containsExactly(stored);

    brokerUp[0] = true;
    Clock afterGrace = Clock.fixed(clock.instant().plusSeconds(10), ZoneOffset.UTC);
    int relayed = new PublishRedecisions(cases, sent::add, afterGrace).publishAllUnpublished();

    assertThat(relayed).isEqualTo(1);
    assertThat(sent).containsExactly(stored);
    assertThat(cases.unpublished()).isEmpty();
  }

  // --- the tenant, its requests and triggers ---

  private static SupportRequest call(String caseId, Priority priority) {
    return new SupportRequest("req-" + caseId, "acme", caseId, "ACME-" + caseId, Channel.PHONE, "Olivia Ops", null,
        "+31 20 555 0100", null, "Checkout down", "Caller reports the web shop is down.", priority, "en", null, null,
        null, RECEIVED);
  }

  private static SupportRequest portal(String caseId, Priority priority) {
    return portal(caseId, priority, "Checkout down");
  }

  private static SupportRequest portal(String caseId, Priority priority, String subject) {
    return new SupportRequest("req-" + caseId, "acme", caseId, "ACME-" + caseId, Channel.PORTAL, "Olivia Ops",
        "ops@northwind.example", null, null, subject, "The web shop is down.", priority, "en", null, null, null,
        RECEIVED);
  }

  private static CaseActivity priority(String eventId, String caseId, Priority now) {
    return new CaseActivity(eventId, "acme", caseId, LATER, CaseActivity.Kind.PRIORITY_CHANGED, now, null);
  }

  private static CaseActivity reply(String eventId, String caseId, CaseActivity.Kind kind, String message) {
    return new CaseActivity(eventId, "acme", caseId, LATER, kind, null, message);
  }

  private static ContractChangeNotice changed(String eventId) {
    return new ContractChangeNotice(eventId, "acme", "northwind", LATER);
  }

  private static SupportPlan enterprise() {
    return plan(null, List.of(new ChannelRule(Channel.PORTAL, List.of()), new ChannelRule(Channel.PHONE,
        List.of(Priority.P1))), new ReactionTarget(Priority.P1, ReactionMetric.FIRST_RESPONSE, 60,
        TargetUnit.CLOCK_MINUTES));
  }

  private static SupportPlan plan(CaseQuota quota, List<ChannelRule> channels, ReactionTarget target) {
    return new SupportPlan("tiered-business-hours", "Enterprise", "24x7", channels, List.of(), Scope.ALL, quota,
        List.of(target), List.of(), false, false, null, false, null, null);
  }

  private static Contract contract(SupportPlan plan, LocalDate endsOn) {
    return new Contract("northwind-enterprise", "northwind", LocalDate.of(2026, 1, 1), endsOn, null, null, plan);
  }

  private static TenantPolicy tenant(SupportPlan plan, LocalDate endsOn) {
    Customer northwind = new Customer("northwind", "Northwind Traders", List.of("northwind.example"),
        List.of(ADMIN), List.of(), List.of(), "en");
    Product shop = new Product("shop", "Shop", List.of(
        new VersionLine("2.2", LocalDate.of(2020, 1, 15), null),
        new VersionLine("2.3", LocalDate.of(2024, 3, 1), null),
        new VersionLine("2.4", LocalDate.of(2026, 2, 1), null)), List.of());
    return new TenantPolicy(Tenant.named("acme", "ACME", AMSTERDAM),
        List.of(CoverageCalendar.twentyFourSeven(AMSTERDAM)), List.of(), List.of(northwind),
        List.of(contract(plan, endsOn))).withProducts(List.of(shop));
  }


  private static final class Log implements DecisionLog {
    final Map<String, RecordedDecision> stored = new HashMap<>();

    @Override public Optional<RecordedDecision> forRequest(String requestEventId) {
      return Optional.ofNullable(stored.get(requestEventId));
    }
    @Override public Optional<RecordedDecision> forCase(String caseId) {
      return stored.values().stream().filter(d -> d.request().caseId().equals(caseId)).findFirst();
    }
    @Override public RecordedDecision recordOnce(RecordedDecision decision) {
      return stored.computeIfAbsent(decision.request().eventId(), id -> decision);
    }
  }

  /** Like MongoCaseQuotaLedger: a case holding a slot finds it again. */
  private static final class Ledger implements CaseQuotaLedger {
    final Map<String, List<String>> slots = new HashMap<>();

    @Override
    public boolean claim(String tenantId, String contractId, CaseQuota.QuotaPeriod period, String caseId) {
      List<String> held = slots.computeIfAbsent(contractId + ":" + period.from(), k -> new ArrayList<>());
      if (held.contains(caseId)) {
        return true;
      }
      if (held.size() >= period.maxCases()) {
        return false;
      }
      held.add(caseId);
      return true;
    }
  }

  private RecordedDecision decideOne(SupportRequest request) {
    return decide.decideAll(List.of(request)).getFirst();
  }
}
