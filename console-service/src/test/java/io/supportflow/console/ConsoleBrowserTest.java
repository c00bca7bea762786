package io.supportflow.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import io.supportflow.console.domain.CaseView;
import io.supportflow.console.domain.ComplianceRow;
import io.supportflow.web.KeyDigest;
import io.supportflow.web.KeyRole;
import io.supportflow.web.PublishedKey;
import io.supportflow.web.SharedApiKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console's pages in real Chromium (fixture: {@link ConsoleBrowserFixture}): sign-in, the live
 * queue, the case page and its actions, the customer's pages and the report.
 */
class ConsoleBrowserTest extends ConsoleBrowserFixture {

  @Autowired SharedApiKeys sharedApiKeys;

  @Test
  void anAgentSignsInWithTheirOwnKeyAndOutAgain() {
    page.navigate("/queue");
    assertThat(page).hasURL(Pattern.compile(".*/sign-in$"));
    screenshot("sign-in");

    signIn(AGENT_KEY);

    assertThat(page).hasURL(Pattern.compile(".*/queue$"));
    assertThat(page.locator("header .who")).hasText("olaf · ACME Support");
    assertThat(context.cookies().stream().filter(c -> c.name.equals("SUPPORTFLOW_CONSOLE")).findFirst().orElseThrow())
        .satisfies(cookie -> {
          assertThat(cookie.httpOnly).isTrue();
          assertThat(cookie.sameSite.name()).isEqualTo("STRICT");
          assertThat(cookie.value).doesNotContain(AGENT_KEY);
        });
    assertThat(page.content()).doesNotContain(AGENT_KEY);
    assertThat(page.locator("section[data-live=open]")).isAttached();
    int streams = VIEWS.active();

    press("Sign out");

    assertThat(notice()).hasText("You are signed out.");
    await().atMost(WAIT).until(() -> VIEWS.active() < streams);
    page.navigate("/queue");
    assertThat(page).hasURL(Pattern.compile(".*/sign-in$"));
  }

  @Test
  void aSessionEndsAtTheNextPageOnceItsKeyIsRevoked() {
    String issued = "issued-agent-key-of-acme-0123456789abc";
    INTAKE.key(issued, "acme", "AGENT", "ines");
    PublishedKey key = new PublishedKey(KeyDigest.of(issued), "acme", Set.of(KeyRole.AGENT), "ines", null, null, 1);
    sharedApiKeys.apply(key);
    signedIn(issued);
    assertThat(page).hasURL(Pattern.compile(".*/queue$"));

    sharedApiKeys.apply(new PublishedKey(key.digest(), "acme", Set.of(KeyRole.AGENT), "ines", null, clock.instant(), 2));
    page.navigate("/queue");

    assertThat(page).hasURL(Pattern.compile(".*/sign-in\\?expired$"));
    page.navigate("/queue");
    assertThat(page).hasURL(Pattern.compile(".*/sign-in$"));
  }

  @Test
  void aWrongKeyOrAnIntegrationKeyIsRefused() {
    page.navigate("/sign-in");
    signIn("not-a-key-anyone-has-0123456789abcdef");

    assertThat(page.getByRole(AriaRole.ALERT)).containsText("That key was not accepted");
    screenshot("sign-in-refused");

    signIn("acme-integration-key-0123456789abcdefgh");
    assertThat(page.getByRole(AriaRole.ALERT)).containsText("That key was not accepted");
    page.navigate("/queue");
    assertThat(page).hasURL(Pattern.compile(".*/sign-in$"));
  }

  @Test
  void aFormPostWithoutTheCsrfTokenIsRefused() {
    signedIn(AGENT_KEY);

    APIResponse forged = page.request().post("/cases/ACME-1/responses", RequestOptions.create()
        .setForm(FormData.create().set("message", "forged").set("visibility", "public")).setMaxRedirects(0));

    assertThat(forged.status()).isEqualTo(403);
    assertThat(INTAKE.calls()).isEmpty();
  }

  @Test
  void theQueueListsOpenCasesSoonestDeadlineFirstAndShowsANewCaseWithoutReload() {
    page.navigate("/sign-in");
    int before = VIEWS.subscriptions();
    signIn(AGENT_KEY);

    Locator rows = page.locator("#queue-results tbody tr[data-case]");
    assertThat(rows).hasCount(3);
    assertThat(rows.nth(0)).hasAttribute("data-case", "ACME-2");
    assertThat(rows.nth(1)).hasAttribute("data-case", "ACME-3");
    assertThat(rows.nth(2)).hasAttribute("data-case", "ACME-1");
    assertThat(rows.nth(0)).hasClass(Pattern.compile("at-risk"));
    assertThat(rows.nth(1)).hasClass(Pattern.compile("breached"));
    assertThat(rows.nth(0).locator("time.countdown")).hasText(Pattern.compile("^in (09|10)m \\d\\ds$"));
    assertThat(page.locator(".counts")).containsText("3 cases");
    screenshot("queue");

    page.evaluate("() => { window.stillTheSamePage = true; }");
    assertThat(page.locator("section[data-live=open] .live-status")).containsText("Live");
    await().atMost(WAIT).until(() -> VIEWS.subscriptions() > before);
    VIEWS.put(SampleCases.open("acme", "ACME-5", "northwind", "P1", "Orders vanish", now, Duration.ofMinutes(5)));

    assertThat(rows).hasCount(4);
    assertThat(rows.nth(0)).hasAttribute("data-case", "ACME-5");
    assertThat(page.evaluate("() => window.stillTheSamePage")).isEqualTo(true);
    screenshot("queue-live");

    page.getByLabel("Priority").selectOption("P2");
    assertThat(rows).hasCount(1);
    assertThat(rows.nth(0)).hasAttribute("data-case", "ACME-1");
    assertThat(page).hasURL(Pattern.compile(".*/queue\\?.*priority=P2.*"));
    assertThat(browserErrors).as("script errors and content-security-policy violations").isEmpty();
  }

  @Test
  void theQueueFiltersByCustomerAndKeepsThatFilterWhenCasesChangeLive() {
    signedIn(AGENT_KEY);
    liveConnected();
    page.evaluate("() => { window.stillTheSamePage = true; }");
    Locator rows = page.locator("#queue-results tbody tr[data-case]");

    page.getByLabel("Customer").fill("northwind");
    page.getByLabel("Customer").press("Enter");

    assertThat(rows).hasCount(2);
    assertThat(rows.nth(0)).hasAttribute("data-case", "ACME-3");
    assertThat(rows.nth(1)).hasAttribute("data-case", "ACME-1");
    assertThat(page).hasURL(Pattern.compile(".*/queue\\?.*customer=northwind.*"));

    VIEWS.put(SampleCases.open("acme", "ACME-7", "globex-corp", "P1", "Payments fail", now, Duration.ofMinutes(3)));
    VIEWS.put(SampleCases.open("acme", "ACME-8", "northwind", "P1", "Exports fail", now, Duration.ofMinutes(4)));

    assertThat(page.evaluate("() => window.stillTheSamePage")).as("filtered without reload").isEqualTo(true);
    assertThat(VIEWS.active()).as("live subscriptions").isEqualTo(1);
    assertThat(rows).hasCount(3);
    assertThat(rows.nth(0)).hasAttribute("data-case", "ACME-8");
    assertThat(page.locator("#queue-results")).not().containsText("Payments fail");
    assertThat(page.getByLabel("Customer")).hasValue("northwind");
    screenshot("queue-customer-filter");

    page.navigate("/queue?customer=" + "north%20wind");
    assertThat(rows).hasCount(5);
    assertThat(page.getByLabel("Customer")).hasValue("");
  }

  @Test
  void theCasePageFollowsTheCaseAsItChangesElsewhereWithoutReload() {
    INTAKE.onAction(call -> {
      if (call.path().equals("/api/v1/cases/ACME-1/replies")) {
        VIEWS.update("acme", "ACME-1", view -> SampleCases.replied(view, clock.instant(), "Here are the logs."));
      }
    });
    List<String> reReads = new java.util.concurrent.CopyOnWriteArrayList<>();
    page.onRequest(request -> {
      if (request.url().contains("/live")) {
        reReads.add(request.url());
      }
    });
    signedIn(AGENT_KEY);
    page.navigate("/cases/ACME-1");
    liveConnected();
    page.evaluate("() => { window.stillTheSamePage = true; }");

    VIEWS.update("acme", "ACME-2", view -> SampleCases.everyClockBreached(view, clock.instant()));
    try (BrowserContext customer = browser.newContext(new Browser.NewContextOptions()
        .setBaseURL("http://localhost:" + port))) {
      Page other = customer.newPage();
      other.navigate("/sign-in");
      other.getByLabel("Your API key (agent or customer)").fill(CUSTOMER_KEY);
      other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
      other.navigate("/customer/cases/ACME-1");
      other.getByLabel("Your reply").fill("Here are the logs.");
      other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();
      assertThat(other.locator(".notice")).hasText("Your reply was sent.");
    }

    assertThat(page.locator("ol.thread > li").last()).containsText("Here are the logs.");
    assertThat(page.locator("ol.thread > li").last()).containsText("CUSTOMER_REPLIED");

    VIEWS.update("acme", "ACME-1", view -> SampleCases.everyClockBreached(view, clock.instant()));

    assertThat(page.locator("ol.timeline")).containsText("First response breached");
    assertThat(page.locator("ul.clocks .state")).hasText("BREACHED");
    assertThat(page.evaluate("() => window.stillTheSamePage")).isEqualTo(true);
    assertThat(reReads).as("re-read on this case's two changes only, not on ACME-2's")
        .containsExactly("http://localhost:" + port + "/cases/ACME-1/live", "http://localhost:" + port
            + "/cases/ACME-1/live");
    assertThat(browserErrors).as("script errors and content-security-policy violations").isEmpty();
    screenshot("case-live");
  }

  @Test
  void theCasePageShowsTheWholeCaseAndEscapesTheCustomersText() {
    String hostile = "<script>window.pwned = true</script><img src=x onerror=\"window.pwned = true\">";
    CaseView base = SampleCases.open("acme", "ACME-6", "northwind", "P1", hostile, now, Duration.ofMinutes(30));
    VIEWS.put(new CaseView(base.tenantId(), base.caseId(), base.caseNumber(), base.status(), base.priority(),
        base.channel(), hostile, base.reporter(), base.customerId(), base.product(), base.version(), base.receivedAt(),
        // Re-decided: the decision in force is version 2, the first one is kept as its history.
        new CaseView.Decision("ENTITLED", "CONTRACT_ACTIVE", "Covered by the Gold plan until 2027-06-30", "C-7", "Gold",
            "GOLD", base.receivedAt().plusSeconds(600), 2, base.receivedAt().plusSeconds(590), "PRIORITY_CHANGED"),
        List.of(new CaseView.ThreadEntry(base.receivedAt(), "REQUEST", "Olivia Ops", true, hostile,
            base.thread().getFirst().files())), base.clocks(), base.escalations(), base.mails(), base.updatedAt(),
        List.of(new CaseView.Decision("NOT_ENTITLED", "CHANNEL_NOT_COVERED", "Phone support for P3 requests is not"
            + " part of the plan", "C-7", "Gold", "GOLD", base.receivedAt().plusSeconds(1)))));
    signedIn(AGENT_KEY);

    page.navigate("/cases/ACME-6");

    assertThat(page.locator("h1 .subject")).hasText(hostile);
    assertThat(page.locator("ol.thread .text").first()).hasText(hostile);
    assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
    assertThat(page.locator("ol.thread script")).hasCount(0);
    assertThat(page.locator(".decision .reason")).containsText("Covered by the Gold plan");
    assertThat(page.locator(".decision .version")).hasText("2");
    assertThat(page.locator(".decision .trigger")).hasText("PRIORITY_CHANGED");
    assertThat(page.locator("ol.earlier-decisions li[data-version='1']")).containsText("NOT_ENTITLED");
    assertThat(page.locator("ol.earlier-decisions li[data-version='1']")).containsText("Phone support for P3");
    assertThat(page.locator("ul.files")).containsText("checkout.log");
    assertThat(page.locator("ol.timeline")).containsText("First response started (work commences)");
    assertThat(page.locator("ol.timeline")).containsText("First response due");
    assertThat(page.locator("ol.escalations")).containsText("Tess Lead");
    assertThat(page.locator("ul.mails")).containsText("We have your request");
    screenshot("case-hostile-text");
  }

  @Test
  void anAgentRespondsPutsTheCaseOnHoldAndSeesItsClockPaused() {
    INTAKE.onAction(call -> {
      if (call.path().endsWith("/hold")) {
        VIEWS.update("acme", "ACME-1", view -> SampleCases.onHold(view, clock.instant()));
      }
    });
    signedIn(AGENT_KEY);
    page.navigate("/cases/ACME-1");

    StandInIntake.Call response = sent("Response or note", "We are looking into it.", "Send",
        "Your response was sent to the customer.");
    assertThat(response.path()).isEqualTo("/api/v1/agent/cases/ACME-1/responses");
    assertThat(response.key()).isEqualTo(AGENT_KEY);
    assertThat(response.body()).isEqualTo("{\"message\":\"We are looking into it.\",\"visibleToCustomer\":true}");

    page.getByLabel("New priority").selectOption("P1");
    page.getByLabel("The customer agreed to this change").check();
    page.getByLabel("Why").fill("Production is affected after all");
    press("Change priority");
    assertThat(notice()).hasText("The priority was changed to P1.");
    assertThat(INTAKE.calls().get(1).body())
        .isEqualTo("{\"priority\":\"P1\",\"customerConsent\":true,\"reason\":\"Production is affected after all\"}");

    page.getByLabel("Waiting for the customer because").fill("Need the logs");
    press("Put on hold");

    assertThat(notice()).hasText("The case is on hold; its clocks are paused.");
    assertThat(page.locator("dd.status")).hasText("ON_HOLD");
    assertThat(page.locator("ol.timeline")).containsText("First response paused (on hold)");
    screenshot("case-on-hold");

    press("Resolve");
    assertThat(notice()).hasText("The case was resolved.");
    assertThat(INTAKE.calls().getLast().path()).isEqualTo("/api/v1/agent/cases/ACME-1/resolve");
  }

  @Test
  void anIllegalActionIsExplainedInPlainWords() {
    signedIn(AGENT_KEY);
    page.navigate("/cases/ACME-1");

    press("Close");

    assertThat(page.getByRole(AriaRole.ALERT))
        .hasText("That is not possible in the case's current status. Only a resolved case can be closed.");
    screenshot("case-illegal-action");
  }

  @Test
  void anotherTenantsCaseByUrlAnswers404() {
    signedIn(AGENT_KEY);

    Response answer = page.navigate("/cases/GLOBEX-1");

    assertThat(answer.status()).isEqualTo(404);
    assertThat(page.locator("h1")).hasText("No such case");
    assertThat(page.content()).doesNotContain("Another tenant's case");
    assertThat(page.request().get("/cases/GLOBEX-1/events").status()).as("its live stream").isEqualTo(404);
    assertThat(page.request().get("/cases/GLOBEX-1/live").status()).as("its live parts").isEqualTo(404);
  }

  @Test
  void aCustomerSeesOnlyItsOwnCasesAndReplies() {
    signedIn(CUSTOMER_KEY);

    assertThat(page).hasURL(Pattern.compile(".*/customer$"));
    Locator rows = page.locator("tbody tr[data-case]");
    assertThat(rows).hasCount(3);
    assertThat(page.locator("tbody")).not().containsText("Checkout is down");
    screenshot("customer-cases");

    assertThat(page.navigate("/customer/cases/ACME-2").status()).isEqualTo(404);
    assertThat(page.navigate("/queue").status()).isEqualTo(403);
    assertThat(page.navigate("/cases/ACME-1").status()).isEqualTo(403);

    page.navigate("/customer/cases/ACME-1");
    assertThat(page.locator("ol.thread")).not().containsText("Internal: looks like the payment gateway.");
    StandInIntake.Call reply = sent("Your reply", "Here are the logs.", "Send reply",
        "Your reply was sent.");
    assertThat(reply.path()).isEqualTo("/api/v1/cases/ACME-1/replies");
    assertThat(reply.key()).isEqualTo(CUSTOMER_KEY);
    screenshot("customer-case");

    page.navigate("/customer/requests/new");
    page.getByLabel("Your name").fill("Olivia Ops");
    page.getByLabel("Your e-mail").fill("ops@northwind.example");
    page.getByLabel("Subject").fill("Exports fail");
    page.getByLabel("What happened").fill("Since this morning.");
    press("Send request");
    assertThat(notice()).hasText("Your request was received as case ACME-900.");
  }

  @Test
  void aManagerSeesComplianceAsAChartAndATableAndDownloadsTheCsv() throws Exception {
    YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
    VIEWS.addCompliance("acme", new ComplianceRow("northwind", "P1", "FIRST_RESPONSE", month, 9, 1,
        600_000, 300_000, 7_200_000));
    VIEWS.addCompliance("acme", new ComplianceRow("=cmd|' /C calc'!A0", "P2", "FIRST_RESPONSE", month, 4, 0,
        1_200_000, 0, 3_600_000));
    VIEWS.addCompliance("globex", new ComplianceRow("initech", "P1", "FIRST_RESPONSE", month, 1, 1, 0, 0, 0));
    signedIn(AGENT_KEY);

    page.navigate("/reports/compliance");

    assertThat(page.locator("svg.chart g.bar")).hasCount(2);
    assertThat(page.locator("svg.chart g.bar").first().locator("text.percent")).hasText("90%");
    assertThat(page.locator("table.report tbody tr")).hasCount(2);
    assertThat(page.locator("table.report")).not().containsText("initech");
    screenshot("report");

    Download csv = page.waitForDownload(() -> page.getByText("Download CSV").click());
    String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
    assertThat(csv.suggestedFilename()).isEqualTo("sla-compliance-" + month.minusMonths(11) + "-" + month + ".csv");
    assertThat(text.split("\r\n")).containsExactly(
        "month,customer,priority,clock,met,breached,compliance,mean_margin_ms,mean_overrun_ms,downtime_ms",
        month + ",northwind,P1,FIRST_RESPONSE,9,1,0.9000,600000,300000,7200000",
        month + ",'=cmd|' /C calc'!A0,P2,FIRST_RESPONSE,4,0,1.0000,1200000,0,3600000");
  }
}
