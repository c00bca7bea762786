package io.supportflow.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One rule of docs/policies.md "Entitlement" per test. Received on Wednesday 3 June 2026, 12:00 in Amsterdam. */
class EntitlementPolicyTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final Instant RECEIVED = Instant.parse("2026-06-03T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 3);

  private final EntitlementPolicy policy = new EntitlementPolicy((region, year) ->
      year.equals(Year.of(2026)) ? Set.of(LocalDate.of(2026, 4, 27)) : Set.of(LocalDate.of(2027, 4, 27)));
  private final Contact admin = new Contact("Olivia Ops", "ops@northwind.example", "+31205550100", ContactRole.ADMINISTRATOR, "en");
  private final Contact holder = new Contact("Hank Holder", "hank@northwind.example", null, ContactRole.ACCOUNT_HOLDER, "en");
  private final Contact endUser = new Contact("Eddie User", "eddie@northwind.example", null, ContactRole.END_USER, "en");
  private final Customer northwind = new Customer("northwind", "Northwind Traders", List.of("northwind.example"),
      List.of(admin, holder, endUser), List.of(), List.of(), "en");

  // --- no contract, expired, not started, unknown ---

  @Test
  void unknownSenderIsAnsweredAndAskedWhoTheyAre() {
    EntitlementDecision decision = policy.decide(tenantWith(plan().build()), Identification.unknown(), portal(Priority.P1));

    assertThat(decision).isEqualTo(new EntitlementDecision(EntitlementOutcome.NOT_ENTITLED, "UNKNOWN_CUSTOMER",
        "We could not match your address to a customer with a support contract. We have kept your request;"
            + " please reply with your customer name or contract number, or ask us for a quote.",
        null, null, null, null, null));
  }

  @Test
  void customerWithoutContractIsNotEntitledAndOffersAQuote() {
    TenantPolicy policyWithoutContracts = tenantWith(plan().build()).withContracts(List.of());

    EntitlementDecision decision = policy.decide(policyWithoutContracts, byAdmin(), portal(Priority.P1));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(decision.reasonCode()).isEqualTo("NO_CONTRACT");
    assertThat(decision.reason()).isEqualTo("Northwind Traders has no support contract with us. Your software keeps"
        + " working; we have kept your request and can send you a quote for support.");
    assertThat(decision.carriesTerms()).isFalse();
  }

  @Test
  void expiredMaintenanceIsNotEntitledButAnsweredWithARenewalQuote() {
    TenantPolicy tenant = tenantWith(contract(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), plan().build()));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), portal(Priority.P1));

    assertThat(decision).isEqualTo(new EntitlementDecision(EntitlementOutcome.NOT_ENTITLED, "CONTRACT_EXPIRED",
        "Your support contract ended on 31 December 2025. Your software keeps working; we have kept your request"
            + " and can send you a quote to renew maintenance.",
        "northwind", "c-1", null, null, null));
  }

  @Test
  void theLastDayCountsInTheContractsZoneNotInUtc() {
    TenantPolicy tenant = tenantWith(contract(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), plan().build()));

    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    assertThat(policy.decide(tenant, byAdmin(), portalAt(Instant.parse("2025-12-31T23:30:00Z"))).reasonCode())
        .isEqualTo("CONTRACT_EXPIRED");
    assertThat(policy.decide(tenant, byAdmin(), portalAt(Instant.parse("2025-12-31T22:30:00Z"))).reasonCode())
        .isEqualTo("CONTRACT_ACTIVE");
  }

  @Test
  void requestBeforeTheFirstDayIsNotEntitledYet() {
    TenantPolicy tenant = tenantWith(contract(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), plan().build()));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), portal(Priority.P1));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(decision.reasonCode()).isEqualTo("CONTRACT_NOT_STARTED");
    assertThat(decision.reason()).startsWith("Your support contract starts on 1 July 2026.");
  }

  // --- late purchase ---

  @Test
  void maintenanceBoughtLateIsQuotedCaseByCaseDuringTheEightWeekImplementationPeriod() {
    TenantPolicy tenant = tenantWith(lateContract(LocalDate.of(2026, 5, 1)));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), portal(Priority.P2));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.QUOTE_REQUIRED);
    assertThat(decision.reasonCode()).isEqualTo("IMPLEMENTATION_PERIOD");
    assertThat(decision.reason()).isEqualTo("Your maintenance started on 1 May 2026, after the purchase; until"
        + " 26 June 2026 (the 8-week implementation period) each request is quoted case by case. We have kept"
        + " your request and will send you a quote before we start.");
    assertThat(decision.carriesTerms()).as("a quoted case is worked under the terms").isTrue();
  }

  @Test
  void maintenanceBoughtLateIsEntitledAfterEightWeeksButGetsNoUpgradesUntilThreeMonthsAfterItStarted() {
    TenantPolicy tenant = tenantWith(lateContract(LocalDate.of(2026, 4, 1)));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), portal(Priority.P2));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.ENTITLED);
    assertThat(decision.reasonCode()).isEqualTo("UPGRADE_EMBARGO");
    assertThat(decision.reason()).endsWith("Software upgrades are included from 1 July 2026, 3 months after your"
        + " maintenance started.");
  }

  @Test
  void maintenanceBoughtLateIsPlainlyEntitledOnceTheUpgradeEmbargoIsOver() {
    TenantPolicy tenant = tenantWith(lateContract(LocalDate.of(2026, 3, 2)));

    assertThat(policy.decide(tenant, byAdmin(), portal(Priority.P2)).reasonCode()).isEqualTo("CONTRACT_ACTIVE");
  }

  @Test
  void maintenanceBoughtWithTheSoftwareHasNoImplementationPeriod() {
    Contract withSystem = new Contract("c-1", "northwind", TODAY.minusDays(3), TODAY.plusYears(1),
        TODAY.minusDays(3), TODAY.minusDays(3), plan().latePurchase(8, 3).build());

    assertThat(policy.decide(tenantWith(withSystem), byAdmin(), portal(Priority.P2)).reasonCode())
        .isEqualTo("CONTRACT_ACTIVE");
  }

  // --- without a maintenance plan ---

  @Test
  void withoutAPlanAnEntitledCaseMustTakeTheOneSlotOfTheNinetyDaysFromInstallation() {
    LocalDate installed = LocalDate.of(2026, 5, 1);
    TenantPolicy tenant = tenantWith(contract(installed, installed.plusDays(89), plan().quota(1, 90).build()));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), portal(Priority.P1));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.ENTITLED);
    assertThat(decision.quotaPeriod()).isEqualTo(new CaseQuota.QuotaPeriod(installed, LocalDate.of(2026, 7, 29), 1));
  }

  @Test
  void whenTheCaseQuotaIsUsedTheRequestIsNotEntitledAndSaysUntilWhen() {
    LocalDate installed = LocalDate.of(2026, 5, 1);
    TenantPolicy tenant = tenantWith(contract(installed, installed.plusDays(89), plan().quota(1, 90).build()));

    EntitlementDecision decision = policy.quotaUsed(policy.decide(tenant, byAdmin(), portal(Priority.P1)));

    assertThat(decision).isEqualTo(new EntitlementDecision(EntitlementOutcome.NOT_ENTITLED, "CASE_QUOTA_USED",
        "Your plan includes 1 case from 1 May 2026 to 29 July 2026, and that is used. We have kept your request"
            + " and can send you a quote for it or for a maintenance plan.",
        "northwind", "c-1", null, null, null));
  }

  @Test
  void withoutAPlanOnlyEmailAndPortalOpenCases() {
    SupportPlan noPlan = plan().channels(new ChannelRule(Channel.EMAIL, List.of()), new ChannelRule(Channel.PORTAL, List.of())).build();
    TenantPolicy tenant = tenantWith(contract(TODAY.minusDays(5), TODAY.plusDays(84), noPlan));

    EntitlementDecision byPhone = policy.decide(tenant, byAdmin(), request(Channel.PHONE, Priority.P1, null, null, null, null));

    assertThat(byPhone.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(byPhone.reasonCode()).isEqualTo("CHANNEL_NOT_IN_PLAN");
    assertThat(byPhone.reason()).isEqualTo("Your test-plan plan does not include phone support for P1 requests;"
        + " please use email or portal. We have kept your request.");
    assertThat(policy.decide(tenant, byAdmin(), request(Channel.EMAIL, Priority.P1, null, null, null, null)).outcome())
        .isEqualTo(EntitlementOutcome.ENTITLED);
  }

  @Test
  void withoutAPlanRequestsAfterTheNinetyDaysAreQuoted() {
    LocalDate installed = LocalDate.of(2026, 1, 2);
    TenantPolicy tenant = tenantWith(contract(installed, installed.plusDays(89), plan().quota(1, 90).quoteAfterTerm().build()));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), portal(Priority.P1));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.QUOTE_REQUIRED);
    assertThat(decision.reasonCode()).isEqualTo("TERM_ENDED_QUOTE");
    assertThat(decision.reason()).startsWith("Your support term ended on 1 April 2026.");
  }

  // --- tiers ---

  @Test
  void freeTierGetsCommunitySupportOnlyAndNoCase() {
    TenantPolicy tenant = tenantWith(running(plan().tier("Free").communityOnly().build()));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), portal(Priority.P1));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(decision.reasonCode()).isEqualTo("FREE_TIER");
    assertThat(decision.reason()).startsWith("Your test-plan Free plan includes community support only, not support cases.");
  }

  @Test
  void teamTierTakesRequestsThroughThePortalOnly() {
    TenantPolicy tenant = tenantWith(running(plan().tier("Team").channels(new ChannelRule(Channel.PORTAL, List.of())).build()));

    assertThat(policy.decide(tenant, byAdmin(), portal(Priority.P1)).outcome()).isEqualTo(EntitlementOutcome.ENTITLED);
    assertThat(policy.decide(tenant, byAdmin(), request(Channel.PHONE, Priority.P1, null, null, null, null)).reasonCode())
        .isEqualTo("CHANNEL_NOT_IN_PLAN");
  }

  @Test
  void enterpriseTierTakesPhoneCallsForSev1Only() {
    TenantPolicy tenant = tenantWith(running(plan().tier("Enterprise").channels(
        new ChannelRule(Channel.PORTAL, List.of()), new ChannelRule(Channel.PHONE, List.of(Priority.P1))).build()));

    assertThat(policy.decide(tenant, byAdmin(), request(Channel.PHONE, Priority.P1, null, null, null, null)).outcome())
        .isEqualTo(EntitlementOutcome.ENTITLED);
    EntitlementDecision sev2ByPhone = policy.decide(tenant, byAdmin(), request(Channel.PHONE, Priority.P2, null, null, null, null));
    assertThat(sev2ByPhone.reasonCode()).isEqualTo("CHANNEL_NOT_IN_PLAN");
    assertThat(sev2ByPhone.reason()).contains("does not include phone support for P2 requests; please use portal.");
  }

  // --- scope ---

  @Test
  void infrastructurePlanRefusesConfigurationAndGeneralQuestions() {
    TenantPolicy tenant = tenantWith(running(plan().scope(Scope.INFRASTRUCTURE).build()));

    for (String category : List.of("configuration", "question", "functional")) {
      EntitlementDecision decision = policy.decide(tenant, byAdmin(), request(Channel.PHONE, Priority.P1, null, category, null, null));
      assertThat(decision.outcome()).as(category).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
      assertThat(decision.reasonCode()).as(category).isEqualTo("OUT_OF_SCOPE");
    }
  }

  @Test
  void infrastructurePlanCoversInfrastructureIncidents() {
    TenantPolicy tenant = tenantWith(running(plan().scope(Scope.INFRASTRUCTURE).build()));

    assertThat(policy.decide(tenant, byAdmin(), request(Channel.PHONE, Priority.P1, null, "infrastructure", null, null)).outcome())
        .isEqualTo(EntitlementOutcome.ENTITLED);
  }

  @Test
  void onAnInfrastructurePlanAConfigurationQuestionByPhoneIsClassifiedFromItsWordsAndRefused() {
    TenantPolicy tenant = classifying(false, tenantWith(running(plan().scope(Scope.INFRASTRUCTURE).build())));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(),
        text(Channel.PHONE, "LDAP login", "Caller asks how to configure the LDAP settings for the web client."));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(decision.reasonCode()).isEqualTo("OUT_OF_SCOPE");
    assertThat(decision.reason()).endsWith(" Read from your request, as it did not state them:"
        + " category configuration from the words \"configur*\", \"setting*\".");
  }

  @Test
  void anIncidentInFreeTextIsClassifiedAsInfrastructureAndTheEntitledDecisionNamesItsWords() {
    TenantPolicy tenant = classifying(false, tenantWith(running(plan().scope(Scope.INFRASTRUCTURE).build())));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(),
        text(Channel.EMAIL, "Checkout is down", "All web shops return HTTP 500 since 09:12."));

    assertThat(decision.reasonCode()).isEqualTo("CONTRACT_ACTIVE");
    assertThat(decision.reason()).isEqualTo("Your request is covered by your test-plan contract, valid until 3 June 2027."
        + " Read from your request, as it did not state them: category infrastructure from the words \"down\","
        + " \"http 500\".");
  }

  @Test
  void aStatedCategoryIsNotOverruledByTheWordsOfTheText() {
    TenantPolicy tenant = classifying(false, tenantWith(running(plan().scope(Scope.INFRASTRUCTURE).build())));
    RequestFacts stated = new RequestFacts(Channel.PORTAL, Priority.P1, null, "infrastructure", null, null, RECEIVED,
        "Configuration of the cluster", "How to configure the failover settings: the cluster is down.");

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), stated);

    assertThat(decision.reasonCode()).isEqualTo("CONTRACT_ACTIVE");
    assertThat(decision.reason()).doesNotContain("Read from your request");
  }

  @Test
  void onAnInfrastructurePlanATextNoKeywordClassifiesIsRefusedUnlessTheTenantLetsItPass() {
    TenantPolicy refusing = classifying(false, tenantWith(running(plan().scope(Scope.INFRASTRUCTURE).build())));
    RequestFacts vague = text(Channel.EMAIL, "Invoices", "Every invoice since Monday has the wrong VAT.");

    EntitlementDecision refused = policy.decide(refusing, byAdmin(), vague);
    EntitlementDecision passed = policy.decide(classifying(true, refusing), byAdmin(), vague);

    assertThat(refused.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(refused.reasonCode()).isEqualTo("UNCLASSIFIED");
    assertThat(refused.reason()).startsWith("Your test-plan plan covers infrastructure incidents (server or client"
        + " unresponsive, web client unreachable, sudden severe performance loss, remote login impossible), and none"
        + " of the words that mark one were found in your request.");
    assertThat(passed.reasonCode()).isEqualTo("CONTRACT_ACTIVE");
    assertThat(policy.decide(tenantWith(running(plan().scope(Scope.INFRASTRUCTURE).build())), byAdmin(), vague)
        .reasonCode()).as("a tenant without a classifier lets nothing unclassified pass").isEqualTo("UNCLASSIFIED");
  }

  @Test
  void aPlanCoveringEverythingNeverClassifiesNorSaysItRead() {
    TenantPolicy tenant = classifying(false, tenantWith(running(plan().build())));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(),
        text(Channel.PHONE, "LDAP", "How to configure the LDAP settings?"));

    assertThat(decision.reason()).isEqualTo("Your request is covered by your test-plan contract, valid until 3 June 2027.");
  }

  // --- versions ---

  @Test
  void aVersionTwoYearsPastTheNextLinesReleaseGetsUpgradeAssistanceOnly() {
    TenantPolicy tenant = tenantWith(running(plan().build())).withProducts(List.of(shop()));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), request(Channel.PORTAL, Priority.P2, null, null, "Shop", "2.2.7"));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.UPGRADE_ASSISTANCE_ONLY);
    assertThat(decision.reasonCode()).isEqualTo("END_OF_LIFE");
    assertThat(decision.reason()).startsWith("Shop 2.2.7 reached its end of life on 1 March 2026. We help you upgrade");
    assertThat(decision.carriesTerms()).isFalse();
  }

  @Test
  void aVersionOfASupportedLineIsEntitled() {
    TenantPolicy tenant = tenantWith(running(plan().build())).withProducts(List.of(shop()));

    assertThat(policy.decide(tenant, byAdmin(), request(Channel.PORTAL, Priority.P2, null, null, "shop", "2.3.1")).outcome())
        .isEqualTo(EntitlementOutcome.ENTITLED);
  }

  @Test
  void betaReleaseCandidateAndSnapshotBuildsAreNotSupported() {
    TenantPolicy tenant = tenantWith(running(plan().build())).withProducts(List.of(shop()));

    for (String version : List.of("2.4.0-beta2", "2.4.0-RC1", "2.4.0-SNAPSHOT")) {
      EntitlementDecision decision = policy.decide(tenant, byAdmin(), request(Channel.PORTAL, Priority.P2, null, null, "Shop", version));
      assertThat(decision.outcome()).as(version).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
      assertThat(decision.reasonCode()).as(version).isEqualTo("PRE_RELEASE");
    }
  }

  @Test
  void customisedBuildsAreNotSupported() {
    TenantPolicy tenant = tenantWith(running(plan().build())).withProducts(List.of(shop()));

    for (String version : List.of("2.3.1-northwind", "2.3.2-custom")) {
      EntitlementDecision decision = policy.decide(tenant, byAdmin(), request(Channel.PORTAL, Priority.P2, null, null, "Shop", version));
      assertThat(decision.reasonCode()).as(version).isEqualTo("CUSTOMISED_BUILD");
      assertThat(decision.outcome()).as(version).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    }
  }

  @Test
  void aReleaseCandidateNamedInAMailSubjectIsReadAgainstTheCatalogueAndRefused() {
    TenantPolicy tenant = tenantWith(running(plan().build())).withProducts(List.of(shop()));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(),
        text(Channel.EMAIL, "Crash in Shop 2.4.0-rc1 at checkout", "Since this morning the checkout crashes."));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(decision.reasonCode()).isEqualTo("PRE_RELEASE");
    assertThat(decision.reason()).isEqualTo("Shop 2.4.0-rc1 is a beta, release-candidate or development build, which"
        + " support does not cover. We have kept your request; please reproduce the problem on a released version."
        + " Read from your request, as it did not state them: product Shop 2.4.0-rc1 from the subject.");
  }

  @Test
  void anEndOfLifeVersionInCallNotesIsReadAfterTheProductsName() {
    TenantPolicy tenant = tenantWith(running(plan().build())).withProducts(List.of(shop()));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(),
        text(Channel.PHONE, "Reports fail", "Caller runs shop version 2.2.7 on two servers; reports time out."));

    assertThat(decision.reasonCode()).isEqualTo("END_OF_LIFE");
    assertThat(decision.reason()).startsWith("Shop 2.2.7 reached its end of life on 1 March 2026.")
        .endsWith("product Shop 2.2.7 from the call notes.");
  }

  @Test
  void aVersionStatedWithoutItsProductIsJudgedOnceTheTextNamesTheProduct() {
    TenantPolicy tenant = tenantWith(running(plan().build())).withProducts(List.of(shop()));
    RequestFacts portal = new RequestFacts(Channel.PORTAL, Priority.P2, null, null, null, "2.4.0-beta2", RECEIVED,
        "Shop is slow", "Since the upgrade pages take seconds.");

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), portal);

    assertThat(decision.reasonCode()).isEqualTo("PRE_RELEASE");
    assertThat(decision.reason()).endsWith("product Shop from the subject.");
  }

  @Test
  void aProductNotInTheCatalogueOrAStatedOneIsNotReadFromTheText() {
    TenantPolicy tenant = tenantWith(running(plan().build())).withProducts(List.of(shop()));

    EntitlementDecision unknown = policy.decide(tenant, byAdmin(),
        text(Channel.EMAIL, "Crash in Webstore 2.4.0-rc1", "Workshop 2.4.0-rc1 also crashes."));
    EntitlementDecision stated = policy.decide(tenant, byAdmin(), new RequestFacts(Channel.EMAIL, Priority.P2, null,
        null, "Shop", "2.3.1", RECEIVED, "Crash in Shop 2.4.0-rc1", null));

    assertThat(unknown.reasonCode()).isEqualTo("CONTRACT_ACTIVE");
    assertThat(unknown.reason()).doesNotContain("Read from your request");
    assertThat(stated.reasonCode()).isEqualTo("CONTRACT_ACTIVE");
    assertThat(stated.reason()).doesNotContain("Read from your request");
  }

  // --- who ---

  @Test
  void endUsersAreRedirectedToTheirAdministrator() {
    TenantPolicy tenant = tenantWith(running(plan().build()));

    EntitlementDecision decision = policy.decide(tenant,
        new Identification(northwind, endUser, Identification.IdentifiedBy.CONTACT_EMAIL), portal(Priority.P1));

    assertThat(decision).isEqualTo(new EntitlementDecision(EntitlementOutcome.REDIRECTED, "END_USER",
        "Support cases for Northwind Traders are opened by your system administrator or account holder. We have"
            + " kept your request and ask you to pass it on to them.",
        "northwind", null, null, null, null));
  }

  @Test
  void administratorsAndAccountHoldersMayOpenCasesOnAPlanForNamedContacts() {
    TenantPolicy tenant = tenantWith(running(plan().namedContactsOnly().build()));

    assertThat(policy.decide(tenant, byAdmin(), portal(Priority.P1)).outcome()).isEqualTo(EntitlementOutcome.ENTITLED);
    assertThat(policy.decide(tenant, new Identification(northwind, holder, Identification.IdentifiedBy.CONTACT_EMAIL),
        portal(Priority.P1)).outcome()).isEqualTo(EntitlementOutcome.ENTITLED);
  }

  @Test
  void onAPlanForNamedContactsSomeoneKnownOnlyByTheDomainIsRedirected() {
    TenantPolicy tenant = tenantWith(running(plan().namedContactsOnly().build()));

    EntitlementDecision decision = policy.decide(tenant,
        new Identification(northwind, null, Identification.IdentifiedBy.EMAIL_DOMAIN), portal(Priority.P1));

    assertThat(decision.outcome()).isEqualTo(EntitlementOutcome.REDIRECTED);
    assertThat(decision.reasonCode()).isEqualTo("NOT_A_NAMED_CONTACT");
  }

  @Test
  void aLanguageTheContractDoesNotListIsNotSupported() {
    TenantPolicy tenant = tenantWith(running(plan().languages("en", "nl").build()));

    EntitlementDecision german = policy.decide(tenant, byAdmin(), request(Channel.PORTAL, Priority.P1, "de-DE", null, null, null));

    assertThat(german.outcome()).isEqualTo(EntitlementOutcome.NOT_ENTITLED);
    assertThat(german.reasonCode()).isEqualTo("LANGUAGE_NOT_SUPPORTED");
    assertThat(german.reason()).startsWith("Your plan provides support in English and Dutch only.");
    assertThat(policy.decide(tenant, byAdmin(), request(Channel.PORTAL, Priority.P1, "nl-BE", null, null, null)).outcome())
        .isEqualTo(EntitlementOutcome.ENTITLED);
  }

  @Test
  void aPortalRequestWithoutALanguageIsReadInTheLanguageOfItsWords() {
    TenantPolicy tenant = tenantWith(running(plan().languages("en", "nl").build()));

    EntitlementDecision german = policy.decide(tenant, byAdmin(), text(Channel.PORTAL, "Anmeldung",
        "Die Anmeldung ist seit heute nicht möglich und wir können nicht arbeiten."));
    EntitlementDecision dutch = policy.decide(tenant, byAdmin(), text(Channel.PORTAL, "Inloggen",
        "Het inloggen werkt niet en wij kunnen niet verder met de administratie."));

    assertThat(german.reasonCode()).isEqualTo("LANGUAGE_NOT_SUPPORTED");
    assertThat(german.reason()).endsWith(" Read from your request, as it did not state them: language German guessed"
        + " from its words.");
    assertThat(german.language()).isEqualTo("de");
    assertThat(dutch.reasonCode()).isEqualTo("CONTRACT_ACTIVE");
    assertThat(dutch.language()).isEqualTo("nl");
  }

  @Test
  void aTextTooShortToTellFallsBackToTheContactsLanguage() {
    TenantPolicy tenant = tenantWith(running(plan().languages("en", "nl").build()));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), text(Channel.PHONE, "Hilfe", "Bitte anrufen."));

    assertThat(decision.reasonCode()).isEqualTo("CONTRACT_ACTIVE");
    assertThat(decision.language()).isNull();
    assertThat(decision.reason()).doesNotContain("Read from your request");
  }

  @Test
  void theContactsLanguageCountsWhenTheRequestNamesNone() {
    Contact germanAdmin = new Contact("Gerd", "gerd@northwind.example", null, ContactRole.ADMINISTRATOR, "de");
    TenantPolicy tenant = tenantWith(running(plan().languages("en", "nl").build()));

    assertThat(policy.decide(tenant, new Identification(northwind, germanAdmin, Identification.IdentifiedBy.CONTACT_EMAIL),
        portal(Priority.P1)).reasonCode()).isEqualTo("LANGUAGE_NOT_SUPPORTED");
  }

  // --- what an entitled case carries ---

  @Test
  void anEntitledDecisionCarriesTheTermsWithHolidaysAsDatesTheMatrixItsPeopleTheStatusMailsAndTheDeskRules() {
    CoverageCalendar nineToFive = new CoverageCalendar("cet-9x5", AMSTERDAM,
        List.of(new WeeklyInterval(List.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "08:00", "17:00")),
        new HolidayRegion("nl", null), List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2025, 12, 24)),
        List.of(new CoverageWindow(DayOfWeek.FRIDAY, "17:00", DayOfWeek.MONDAY, "08:00")));
    EscalationLevel first = new EscalationLevel(Priority.P1, 0, TargetUnit.CLOCK_MINUTES, "Technical Support Manager");
    RosterEntry tess = new RosterEntry("Technical Support Manager", "Tess Lead", "tess@acme.example");
    RosterEntry unrelated = new RosterEntry("Janitor", "Jan", "jan@acme.example");
    StatusMailCadence every30 = new StatusMailCadence(Priority.P1, 30, TargetUnit.CLOCK_MINUTES);
    Tenant acme = new Tenant("acme", "ACME", AMSTERDAM, List.of(tess, unrelated),
        List.of(new EscalationMatrix("carrier-grade", List.of(first))), List.of(every30), true, true, false, null);
    SupportPlan enterprise = plan().tier("Enterprise").calendar("cet-9x5").matrix("carrier-grade")
        .aroundTheClockOnceWorking(Priority.P1, Priority.P2).build();
    TenantPolicy tenant = new TenantPolicy(acme, List.of(nineToFive), List.of(), List.of(northwind),
        List.of(running(enterprise)));

    EntitlementDecision decision = policy.decide(tenant, byAdmin(), portal(Priority.P1));

    assertThat(decision.reasonCode()).isEqualTo("CONTRACT_ACTIVE");
    assertThat(decision.reason()).isEqualTo("Your request is covered by your test-plan Enterprise contract, valid until 3 June 2027.");
    assertThat(decision.terms()).isEqualTo(new EntitledTerms("test-plan", "Enterprise",
        new CoverageCalendar("cet-9x5", AMSTERDAM, nineToFive.weeklyHours(), new HolidayRegion("nl", null),
            List.of(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 12, 24), LocalDate.of(2027, 4, 27)),
            nineToFive.extraCoverage()),
        enterprise.targets(), List.of(Priority.P1, Priority.P2), "carrier-grade", List.of(first), List.of(tess),
        List.of(every30), true, true));
  }

  @Test
  void aPlanWithoutTheRoundTheClockPromiseAndATenantWithoutRulesCarryNone() {
    EntitlementDecision decision = policy.decide(tenantWith(plan().build()), byAdmin(), portal(Priority.P1));

    assertThat(decision.terms().aroundTheClockOnceWorking()).isEmpty();
    assertThat(decision.terms().raiseOnBreach()).isFalse();
    assertThat(decision.terms().statusMailsWhileOnHold()).isFalse();
  }

  // --- helpers ---

  private Plans plan() {
    return Plans.plan();
  }

  private Identification byAdmin() {
    return new Identification(northwind, admin, Identification.IdentifiedBy.CONTACT_EMAIL);
  }

  private static RequestFacts portal(Priority priority) {
    return request(Channel.PORTAL, priority, null, null, null, null);
  }

  private static RequestFacts portalAt(Instant at) {
    return new RequestFacts(Channel.PORTAL, Priority.P1, null, null, null, null, at, null, null);
  }

  private static RequestFacts request(
      Channel channel, Priority priority, String language, String category, String product, String version) {
    return new RequestFacts(channel, priority, language, category, product, version, RECEIVED, null, null);
  }

  /** A request whose channel stated nothing but its subject and text, at P2. */
  private static RequestFacts text(Channel channel, String subject, String text) {
    return new RequestFacts(channel, Priority.P2, null, null, null, null, RECEIVED, subject, text);
  }

  /** The tenant with keywords for three categories, and whether what they cannot classify passes. */
  private static TenantPolicy classifying(boolean unclassifiedPasses, TenantPolicy policy) {
    return policy.withTenant(policy.tenant().withClassifier(new ScopeClassifier(unclassifiedPasses, List.of(
        new ScopeClassifier.CategoryKeywords(RequestCategory.INFRASTRUCTURE, List.of("down", "unreachable", "http 500")),
        new ScopeClassifier.CategoryKeywords(RequestCategory.CONFIGURATION, List.of("configur*", "setting*")),
        new ScopeClassifier.CategoryKeywords(RequestCategory.QUESTION, List.of("how do i"))))));
  }

  private static Contract contract(LocalDate from, LocalDate to, SupportPlan plan) {
    return new Contract("c-1", "northwind", from, to, null, null, plan);
  }

  private static Contract running(SupportPlan plan) {
    return contract(TODAY.minusYears(1).plusDays(1), TODAY.plusYears(1), plan);
  }

  /** Software bought a year earlier; maintenance from the given day. */
  private static Contract lateContract(LocalDate maintenanceFrom) {
    return new Contract("c-1", "northwind", maintenanceFrom, maintenanceFrom.plusYears(1),
        LocalDate.of(2025, 6, 1), maintenanceFrom, Plans.plan().latePurchase(8, 3).build());
  }

  /** 2.2 first released 2020, 2.3 on 1 March 2024 (so 2.2 ends 1 March 2026), 2.4 in 2026. */
  private static Product shop() {
    return new Product("shop", "Shop", List.of(
        new VersionLine("2.2", LocalDate.of(2020, 1, 15), null),
        new VersionLine("2.3", LocalDate.of(2024, 3, 1), null),
        new VersionLine("2.4", LocalDate.of(2026, 2, 1), null)),
        List.of("2.3.1-northwind"));
  }

  private TenantPolicy tenantWith(Contract contract) {
    return new TenantPolicy(Tenant.named("acme", "ACME", AMSTERDAM),
        List.of(CoverageCalendar.twentyFourSeven(AMSTERDAM)), List.of(), List.of(northwind), List.of(contract));
  }

  private TenantPolicy tenantWith(SupportPlan plan) {
    return tenantWith(running(plan));
  }
}
