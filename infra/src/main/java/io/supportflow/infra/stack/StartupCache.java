package io.supportflow.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes a service boot in about half the time: its jar extracted (classes from nested jars cannot be
 * cached) and an ahead-of-time cache of the JDK (JEP 483/514, JDK 25) trained once by a run that
 * exits as soon as the Spring context is refreshed. A restarted service is then back within seconds,
 * which is what a killed consumer's partitions wait for. Kept per jar version under the cache
 * folder; a rebuilt jar trains a new one; on an older JDK, or when training fails, the service simply
 * runs from its jar.
 */
public record StartupCache(Path root) {

  private static final Duration TRAINING_DEADLINE = Duration.ofMinutes(5);

  /** Whether this JVM (which the services run on) can write and use the cache. */
  public static boolean supported() {
    return Runtime.version().feature() >= 25;
  }

  /** Where a service's extracted jar and cache live: one folder per jar build. */
  Path folder(String service, Path jar) {
    try {
      String stamp = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
      String key = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 12);
      return root.resolve(service + "-" + key);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + jar, e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The trained cache of this jar build, if there is one. */
  boolean isTrained(String service, Path jar) {
    return Files.isRegularFile(folder(service, jar).resolve("app.aot"));
  }

  /**
   * Starts extracting and training in a child JVM (a shell that runs both in turn); wait on it with
   * {@link ChildJvm#awaitSuccess}. {@code env} is the service's (it connects to Kafka and Mongo while
   * its context refreshes, on ports of its own).
   */
  ChildJvm train(String service, Path jar, List<String> jvmOptions, Map<String, String> env, Path logFile) {
    Path folder = folder(service, jar);
    removeOlderBuilds(service, folder);
    Path extracted = folder.resolve(jar.getFileName());
    List<String> extract = new ArrayList<>(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
        "--force", "--destination", folder.toString()));
    List<String> trainRun = new ArrayList<>(List.of(java()));
    trainRun.addAll(jvmOptions);
    // Every run of a service carries the parent-watch agent (ChildJvm), which adds this module; the
    // cache is refused when the module graph differs between training and use.
    trainRun.add("--add-modules=java.instrument");
    trainRun.addAll(List.of("-XX:AOTCacheOutput=" + folder.resolve("app.aot"), "-Dspring.context.exit=onRefresh",
        "-jar", extracted.toString()));
    // exec: the training replaces the shell, so stopping the child stops the training itself.
    String script = String.join(" ", quoted(extract)) + " && exec " + String.join(" ", quoted(trainRun));
    return ChildJvm.start(service + " startup training", List.of("/bin/sh", "-c", script), folder.getParent(), env,
        logFile);
  }

  /** Waits for a training to finish; on failure the service runs without the cache. */
  static boolean finished(ChildJvm training) {
    try {
      training.awaitSuccess(TRAINING_DEADLINE);
      return true;
    } catch (StackStartupException e) {
      return false;
    }
  }

  /** The java options and jar that run the service from its cache (call when {@link #isTrained}). */
  List<String> runFromCache(String service, Path jar) {
    Path folder = folder(service, jar);
    return List.of("-XX:AOTCache=" + folder.resolve("app.aot"), "-jar", folder.resolve(jar.getFileName()).toString());
  }

  private void removeOlderBuilds(String service, Path keep) {
    try {
      Files.createDirectories(keep);
      try (Stream<Path> folders = Files.list(root)) {
        for (Path old : folders.filter(p -> p.getFileName().toString().startsWith(service + "-"))
            .filter(p -> !p.equals(keep)).toList()) {
          try (Stream<Path> all = Files.walk(old)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
              Files.delete(p);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare " + keep, e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> quoted(List<String> words) {
    return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList();
  }
}
