package io.supportflow.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every image tarball the build wrote (jib:buildTar, Docker archive): config, labels, user,
 * entrypoint, ports, and the files of its layers. A broken image fails the build here.
 */
class ImageTarballTest {

  private static final String SETUP_MAIN = "io.supportflow.platformsetup.PlatformSetup";

  /** Image name to main class and port (0: none). */
  private static final Map<String, Map.Entry<String, Integer>> IMAGES = new LinkedHashMap<>();
  private static final Map<String, ImageTarball> READ = new java.util.concurrent.ConcurrentHashMap<>();

  static {
    Services.ALL.forEach(s -> IMAGES.put(s.name(), Map.entry(s.mainClass(), s.port())));
    IMAGES.put("platform-setup", Map.entry(SETUP_MAIN, 0));
  }

  @BeforeAll
  static void imagesWereBuilt() {
    assumeFalse(Boolean.getBoolean("supportflow.jib.skip"), "images not built (-Djib.skip=true): nothing to inspect");
  }

  @TestFactory
  Stream<DynamicTest> everyImageRunsItsServiceAsNonRootOnTheJlinkedRuntime() {
    return IMAGES.entrySet().stream()
        .map(image -> DynamicTest.dynamicTest(image.getKey(), () -> inspect(image.getKey(), image.getValue().getKey(), image.getValue().getValue())));
  }

  @Test
  void allImagesShareOneBaseLayerWhoseJavaRuns(@TempDir Path unpacked) throws Exception {
    List<String> baseLayers = new ArrayList<>();
    for (String image : IMAGES.keySet()) {
      baseLayers.add(image(image).layers().getFirst());
    }
    assertThat(baseLayers).as("one base, built once").containsOnly(baseLayers.getFirst());

    // The runtime as the image holds it, run here: intact, executable, with the modules the services use.
    image("sla-service").extract(unpacked, "opt/java/");
    Process java = new ProcessBuilder(unpacked.resolve("opt/java/bin/java").toString(), "--list-modules").redirectErrorStream(true).start();
    String modules = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).as(modules).isZero();
    assertThat(modules).contains("java.base@", "java.sql@", "java.management@", "java.naming@", "jdk.unsupported@", "java.net.http@", "jdk.naming.dns@");
  }

  private static void inspect(String name, String mainClass, int port) throws IOException {
    ImageTarball image = image(name);
    JsonNode config = image.config().path("config");
    assertThat(image.repoTag()).isEqualTo("localhost/supportflow/" + name + ":0.1.0-SNAPSHOT");
    assertThat(config.path("User").asText()).isEqualTo("65532:65532");

    List<String> entrypoint = new ArrayList<>();
    config.path("Entrypoint").forEach(e -> entrypoint.add(e.asText()));
    assertThat(entrypoint.getFirst()).isEqualTo("java");
    assertThat(entrypoint).contains("-XX:MaxRAMPercentage=75", "-Djava.io.tmpdir=/tmp", "-cp", "@/app/jib-classpath-file");
    assertThat(entrypoint.getLast()).isEqualTo(mainClass);

    List<String> env = new ArrayList<>();
    config.path("Env").forEach(e -> env.add(e.asText()));
    assertThat(env).contains("PATH=/opt/java/bin:/usr/bin:/bin", "SERVER_SHUTDOWN=graceful", "SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE=20s");

    if (port > 0) {
      assertThat(config.path("ExposedPorts").has(port + "/tcp")).as(name + " exposes " + port).isTrue();
    }
    JsonNode labels = config.path("Labels");
    assertThat(labels.path("org.opencontainers.image.source").asText()).startsWith("https://");
    assertThat(labels.path("org.opencontainers.image.version").asText()).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(labels.path("org.opencontainers.image.revision").asText()).matches("[0-9a-f]{40}");
    assertThat(labels.path("org.opencontainers.image.title").asText()).isEqualTo(name);

    Map<String, TarArchiveEntry> files = image.files();
    assertThat(files).as(name + " has its base layer").containsKey("opt/java/release");
    assertThat(files.get("opt/java/bin/java").getMode() & 0777).isEqualTo(0755);
    assertThat(files).containsKeys("lib64/ld-linux-x86-64.so.2", "etc/passwd", "app/jib-classpath-file");
    assertThat(files).as("no shell in the image").doesNotContainKeys("bin/sh", "bin/bash", "usr/bin/sh");
    assertThat(files.get("tmp/").getMode() & 01777).isEqualTo(01777);
    assertThat(files).containsKey("app/classes/" + mainClass.replace('.', '/') + ".class");
    String classpath = image.classpathFile();
    assertThat(classpath.strip().split(":")).hasSizeGreaterThan(5).allSatisfy(entry -> {
      String path = entry.substring(1);
      assertThat(files.keySet()).as(name + " holds its classpath entry " + entry).anyMatch(f -> f.equals(path) || f.equals(path + "/"));
    });
    assertThat(files.keySet()).anyMatch(f -> f.startsWith("app/libs/schemas-"));
  }

  /** Each tarball is read once for all the tests. */
  private static ImageTarball image(String name) {
    return READ.computeIfAbsent(name, n -> {
      try {
        return ImageTarball.read(tarOf(n));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  static Path tarOf(String image) {
    return Chart.ROOT.resolve(image).resolve("target/jib-image.tar");
  }
}
