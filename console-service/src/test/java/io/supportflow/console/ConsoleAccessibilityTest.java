package io.supportflow.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.supportflow.console.domain.ComplianceRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Accessibility in real Chromium: axe-core's WCAG 2 A and AA rules (contrast included) on every
 * page a person sees, in the states that add content (refusals, notices, highlighted rows, a
 * chart), failing on any serious or critical violation; and an agent's work done with the keyboard
 * alone, the focus always visible. Every finding, of any impact, is written to target/accessibility.
 */
class ConsoleAccessibilityTest extends ConsoleBrowserFixture {

  private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");
  private static final Path FINDINGS = Path.of("target", "accessibility");

  @Test
  void everyPageAnAgentSeesMeetsWcagAAndAa() {
    page.navigate("/sign-in");
    meetsWcag("sign-in");
    signIn("not-a-key-anyone-has-0123456789abcdef");
    assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
    meetsWcag("sign-in-refused");

    signIn(AGENT_KEY);
    assertThat(page.locator("#queue-results tr.breached")).hasCount(1);
    assertThat(page.locator("#queue-results tr.at-risk")).hasCount(1);
    liveConnected();
    meetsWcag("queue");

    page.navigate("/cases/ACME-3");
    liveConnected();
    meetsWcag("case");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();
    assertThat(page.getByRole(AriaRole.ALERT)).isVisible();
    meetsWcag("case-refused-action");

    YearMonth month = YearMonth.from(now.atZone(ZoneOffset.UTC));
    VIEWS.addCompliance("acme", new ComplianceRow("northwind", "P1", "FIRST_RESPONSE", month, 9, 1,
        600_000, 300_000, 7_200_000));
    page.navigate("/reports/compliance");
    assertThat(page.locator("svg.chart g.bar")).hasCount(1);
    meetsWcag("report");

    page.navigate("/cases/GLOBEX-1");
    meetsWcag("not-found");
  }

  @Test
  void everyPageACustomerSeesMeetsWcagAAndAa() {
    signedIn(CUSTOMER_KEY);
    assertThat(page).hasURL(Pattern.compile(".*/customer$"));
    meetsWcag("customer-cases");

    page.navigate("/customer/cases/ACME-1");
    meetsWcag("customer-case");
    page.getByLabel("Your reply").fill("Here are the logs.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send reply")).click();
    assertThat(notice()).isVisible();
    meetsWcag("customer-case-replied");

    page.navigate("/customer/requests/new");
    meetsWcag("customer-request");

    page.navigate("/queue");
    assertThat(page.locator("h1")).hasText("Refused");
    meetsWcag("refused");
  }

  @Test
  void anAgentSignsInOpensACaseAndAddsAnInternalNoteWithTheKeyboardOnly() {
    page.navigate("/sign-in");
    assertThat(focused().get("id")).as("the key field has the focus on arrival").isEqualTo("key");
    page.keyboard().type(AGENT_KEY);
    page.keyboard().press("Enter");
    assertThat(page).hasURL(Pattern.compile(".*/queue$"));

    skipToContent();
    assertThat(focused().get("name")).as("the first control of the content: the filters").isEqualTo("status");
    tabUntil("the link to case ACME-1", f -> "A".equals(f.get("tag")) && "ACME-1".equals(f.get("text")));
    page.keyboard().press("Enter");
    assertThat(page).hasURL(Pattern.compile(".*/cases/ACME-1$"));

    skipToContent();
    tabUntil("the response field", f -> "message".equals(f.get("id")));
    page.keyboard().type("Gateway logs point at the card processor.");
    page.keyboard().press("Tab");
    assertThat(focused().get("value")).as("the checked choice of who sees it").isEqualTo("public");
    page.keyboard().press("ArrowDown");
    assertThat(focused().get("value")).isEqualTo("internal");
    tabUntil("the Send button", f -> "BUTTON".equals(f.get("tag")) && "Send".equals(f.get("text")));
    screenshot("keyboard-focus-send");
    page.keyboard().press("Enter");

    assertThat(notice()).hasText("Your internal note was added.");
    assertThat(INTAKE.calls()).singleElement().satisfies(call -> {
      assertThat(call.path()).isEqualTo("/api/v1/agent/cases/ACME-1/responses");
      assertThat(call.body()).isEqualTo(
          "{\"message\":\"Gateway logs point at the card processor.\",\"visibleToCustomer\":false}");
    });
  }

  /** The first Tab reaches the skip link, shown on the page when focused; Enter moves on to the content. */
  private void skipToContent() {
    page.keyboard().press("Tab");
    Map<String, Object> skip = focused();
    assertThat(skip.get("text")).isEqualTo("Skip to the content");
    assertThat(skip.get("inView")).as("the skip link shows when focused").isEqualTo(true);
    meetsWcag("skip-link-focused");
    page.keyboard().press("Enter");
    page.keyboard().press("Tab");
  }

  /** Presses Tab (at most 40 times) until the focused element is the one wanted; each one shows its focus. */
  private void tabUntil(String what, Predicate<Map<String, Object>> wanted) {
    for (int presses = 0; presses < 40; presses++) {
      Map<String, Object> focus = focused();
      assertThat(focus.get("ring")).as("a visible focus indicator on " + focus).isEqualTo(true);
      if (wanted.test(focus)) {
        return;
      }
      page.keyboard().press("Tab");
    }
    throw new AssertionError("Tab never reached " + what);
  }

  /** The focused element: tag, id, name, value, text, whether it is in view and has a focus ring (outline or box-shadow). */
  @SuppressWarnings("unchecked")
  private Map<String, Object> focused() {
    return (Map<String, Object>) page.evaluate("""
        () => {
          const e = document.activeElement;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          return {
            tag: e.tagName, id: e.id, name: e.getAttribute('name') || '', value: e.value || '',
            text: (e.textContent || '').trim(),
            inView: r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth,
            ring: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'
          };
        }""");
  }

  /** axe-core's WCAG 2 A/AA rules on the page as it is now: nothing serious or critical; all findings to a file. */
  private void meetsWcag(String name) {
    AxeResults results = new AxeBuilder(page).withTags(WCAG_A_AA).analyze();
    List<Rule> violations = results.getViolations();
    write(name, violations, results.getIncomplete());
    assertThat(results.getPasses()).extracting(Rule::getId).as("axe ran its rules on " + name)
        .contains("color-contrast", "html-has-lang");
    assertThat(violations.stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).map(this::described))
        .as("serious or critical WCAG 2 A/AA violations on " + name).isEmpty();
  }

  private String lines(List<Rule> rules) {
    return rules.stream().map(rule -> "  " + described(rule) + "\n").collect(Collectors.joining());
  }

  private String described(Rule rule) {
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
  }

  /** Violations, then what axe could not decide and a person should look at (e.g. text over a gradient). */
  private void write(String name, List<Rule> violations, List<Rule> incomplete) {
    try {
      Files.createDirectories(FINDINGS);
      Files.writeString(FINDINGS.resolve(name + ".txt"), "violations:\n" + lines(violations) + "to review:\n"
          + lines(incomplete));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
