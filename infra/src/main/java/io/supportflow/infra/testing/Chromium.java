package io.supportflow.infra.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Debian's Chromium for browser tests (Playwright with {@code executablePath}, never a browser
 * download): {@code $CHROMIUM} if set, else the usual Debian paths. {@code .ci/run} installs the
 * {@code chromium} package, so on CI (CI=true) a missing browser is an error; elsewhere the browser
 * tests are skipped.
 */
public final class Chromium {

  /** Headless on a closed network: no sandbox (root in CI), no GPU, none of its background calls. */
  public static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--no-first-run", "--no-default-browser-check");

  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/lib/chromium/chromium",
      "/usr/bin/chromium-browser");

  private Chromium() {}

  /** The browser binary; empty when there is none (and not on CI, where that throws). */
  public static Optional<Path> locate() {
    String configured = System.getenv("CHROMIUM");
    Optional<Path> found = Stream.concat(Stream.ofNullable(configured), CANDIDATES.stream())
        .filter(p -> !p.isBlank())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
    if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("Chromium not found (CI=true): .ci/run installs Debian's chromium package");
    }
    return found;
  }
}
