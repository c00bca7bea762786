package io.supportflow.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.infra.testing.Chromium;
import io.supportflow.web.KeyDigest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console in real Chromium, shared by the browser test classes (one Spring context for all of
 * them): the real console app on a random port, the read model in memory (what the projection
 * would hold) and a stand-in intake over HTTP that knows the keys and records every forwarded
 * action. Each test starts with a fresh browser context and the same five cases. Screenshots land
 * in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"management.server.port=0", "supportflow.mongodb.database=console-browser-test",
        // The read model is the in-memory one here: the projection's consumer stays idle.
        "spring.cloud.stream.bindings.projectCasesFlow-in-0.consumer.auto-startup=false"})
@Import(ConsoleBrowserFixture.Doubles.class)
abstract class ConsoleBrowserFixture {

  static final String AGENT_KEY = "acme-agent-olaf-key-0123456789abcdef";
  static final String CUSTOMER_KEY = "acme-customer-northwind-key-0123456789";
  static final String GLOBEX_AGENT_KEY = "globex-agent-key-0123456789abcdefgh";
  static final StandInIntake INTAKE = new StandInIntake()
      .key(AGENT_KEY, "acme", "AGENT", "olaf")
      .key(CUSTOMER_KEY, "acme", "CUSTOMER", "northwind")
      .key(GLOBEX_AGENT_KEY, "globex", "AGENT", "gus")
      .key("acme-integration-key-0123456789abcdefgh", "acme", "INTEGRATION", "acme");
  static final InMemoryCaseViews VIEWS = new InMemoryCaseViews();
  static final TestStack STACK = TestStack.shared();
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final Duration WAIT = Duration.ofSeconds(15);

  static {
    // The stand-in serves every class of the shared context, so it stops with the JVM, not with a class.
    Runtime.getRuntime().addShutdownHook(new Thread(INTAKE::close, "stand-in-intake-stop"));
  }

  static Playwright playwright;
  static Browser browser;

  @LocalServerPort int port;
  @Autowired Clock clock;
  BrowserContext context;
  Page page;
  Instant now;
  final List<String> browserErrors = new CopyOnWriteArrayList<>();

  @TestConfiguration
  static class Doubles {
    @Bean
    @Primary
    InMemoryCaseViews inMemoryCaseViews() {
      return VIEWS;
    }
  }

  @DynamicPropertySource
  static void intake(DynamicPropertyRegistry registry) {
    STACK.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    registry.add("supportflow.console.intake-url", () -> INTAKE.url().toString());
    // The console's own key store knows the people's keys too: a session lives as long as its key does.
    registry.add("supportflow.security.api-key-digests", () -> String.join(",",
        "acme:agent:" + KeyDigest.of(AGENT_KEY) + ":olaf", "acme:customer:" + KeyDigest.of(CUSTOMER_KEY) + ":northwind",
        "globex:agent:" + KeyDigest.of(GLOBEX_AGENT_KEY) + ":gus"));
  }

  @BeforeAll
  static void chromium() {
    Optional<Path> chromium = Chromium.locate();
    assumeTrue(chromium.isPresent(), "no Chromium here (Debian's chromium package; .ci/run installs it)");
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(chromium.get()).setHeadless(true).setArgs(Chromium.ARGS));
    // A loaded machine (two cores, several builds) can take longer than Playwright's 5 s per assertion.
    PlaywrightAssertions.setDefaultAssertionTimeout(WAIT.toMillis());
  }

  @AfterAll
  static void closeBrowser() {
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void freshBrowserAndCases() {
    context = browser.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
        .setViewportSize(1280, 900));
    context.setDefaultTimeout(WAIT.toMillis());
    page = context.newPage();
    page.onConsoleMessage(message -> {
      if (message.type().equals("error")) {
        browserErrors.add(message.text());
      }
    });
    page.onPageError(browserErrors::add);
    INTAKE.reset();
    VIEWS.clear();
    now = clock.instant();
    VIEWS.put(SampleCases.open("acme", "ACME-1", "northwind", "P2", "Reports are slow", now, Duration.ofHours(2)));
    VIEWS.put(SampleCases.open("acme", "ACME-2", "globex-corp", "P1", "Checkout is down", now,
        Duration.ofMinutes(10)));
    Instant received = now.minus(Duration.ofHours(3));
    VIEWS.put(SampleCases.view("acme", "ACME-3", "OPEN", "northwind", "P1", "Invoices are wrong", received, List.of(
        SampleCases.breached("FIRST_RESPONSE", received, received.plus(Duration.ofMinutes(15))),
        SampleCases.running("UPDATE", received, now.plus(Duration.ofHours(1))))));
    VIEWS.put(SampleCases.view("acme", "ACME-4", "RESOLVED", "northwind", "P3", "Old question", received, List.of()));
    VIEWS.put(SampleCases.open("globex", "GLOBEX-1", "initech", "P1", "Another tenant's case", now,
        Duration.ofMinutes(1)));
  }

  @AfterEach
  void closeContext() {
    if (context != null) {
      context.close();
    }
  }

  void signIn(String key) {
    page.getByLabel("Your API key (agent or customer)").fill(key);
    press("Sign in");
  }

  /** Clicks the page's button of that name. */
  void press(String button) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
  }

  /** Writes the text into the labelled field, sends it and, once the notice says it was done, returns the call intake got. */
  StandInIntake.Call sent(String label, String text, String button, String done) {
    page.getByLabel(label).fill(text);
    press(button);
    assertThat(notice()).hasText(done);
    return INTAKE.calls().getFirst();
  }

  /** Signs in from the sign-in page. */
  void signedIn(String key) {
    page.navigate("/sign-in");
    signIn(key);
  }

  void screenshot(String name) {
    page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /** The page's notice of what was done (a status; the live pages have a second one, their connection's). */
  Locator notice() {
    return page.locator("[role=status].notice");
  }

  /** Waits until the page's live stream (queue or case) is connected. */
  void liveConnected() {
    assertThat(page.locator("[sse-connect]")).hasAttribute("data-live", "open");
  }
}
