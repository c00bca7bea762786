package io.supportflow.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The alert rules pass promtool's check and their own unit tests ({@code promtool test rules}).
 * promtool comes with Debian's {@code prometheus} package, which {@code .ci/run} installs: on CI
 * (CI=true) a missing promtool fails the build; on a laptop without it the test is skipped.
 */
class AlertRulesTest {

  private static final Path RULES = Path.of("../helm/supportflow/files/prometheus");

  @Test
  void theRulesAreValidAndTheirUnitTestsPass() throws Exception {
    Path promtool = promtool();

    assertThat(run(promtool, "check", "rules", "supportflow-alerts.yml")).contains("SUCCESS");
    assertThat(run(promtool, "test", "rules", "supportflow-alerts-test.yml")).contains("SUCCESS");
  }

  static Path promtool() {
    Path found = onPath("promtool");
    if (found == null && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("promtool is missing on CI: .ci/run must apt-get install prometheus");
    }
    assumeTrue(found != null, "promtool not installed (apt-get install prometheus): alert rule tests skipped");
    return found;
  }

  static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static String run(Path promtool, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(promtool.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(RULES.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
