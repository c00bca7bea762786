package io.supportflow.e2e;

import io.supportflow.infra.stack.PlatformService;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Prometheus (Debian's binary) scraping the services' management ports every second, with a
 * configuration written for this run. On CI (CI=true) a missing binary is an error; elsewhere the
 * caller skips.
 */
final class PrometheusServer implements AutoCloseable {

  private static final Pattern FIRST_VALUE = Pattern.compile("\"value\":\\[[^,]+,\"([^\"]+)\"\\]");
  private final Process process;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private PrometheusServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static Optional<Path> binary() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "prometheus");
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError("prometheus is missing on CI: .ci/run must apt-get install prometheus");
    }
    return Optional.empty();
  }

  static PrometheusServer start(Path binary, Path workDir, List<PlatformService> services) throws IOException {
    Files.createDirectories(workDir);
    StringBuilder config = new StringBuilder("""
        global:
          scrape_interval: 1s
          evaluation_interval: 1s
        scrape_configs:
          - job_name: supportflow
            metrics_path: /actuator/prometheus
            static_configs:
        """);
    for (PlatformService service : services) {
      config.append("      - targets: ['127.0.0.1:%d']%n        labels: {application: %s}%n"
          .formatted(service.managementPort(), service.name()));
    }
    Path configFile = workDir.resolve("prometheus.yml");
    Files.writeString(configFile, config);
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process process = new ProcessBuilder(binary.toString(),
        "--config.file=" + configFile, "--storage.tsdb.path=" + workDir.resolve("data"),
        "--web.listen-address=127.0.0.1:" + port)
        .redirectErrorStream(true).redirectOutput(workDir.resolve("prometheus.log").toFile()).start();
    return new PrometheusServer(process, port);
  }

  /** The first sample's value of an instant query, or empty when it has no result (yet). */
  Optional<Double> query(String promql) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
              + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)))
          .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
      Matcher value = FIRST_VALUE.matcher(response.body());
      return response.statusCode() == 200 && value.find() ? Optional.of(Double.parseDouble(value.group(1))) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
