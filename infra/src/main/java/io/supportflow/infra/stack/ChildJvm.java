package io.supportflow.infra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A server running in a JVM of its own (Kafka, the registry, a service), with its output in a log
 * file. Children run on the JVM of this process, die with it (shutdown hook here, {@link
 * ParentWatch} there) and exit on their first OutOfMemoryError instead of limping on.
 */
public record ChildJvm(String name, Process process, Path logFile) implements AutoCloseable {

  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration STOP_GRACE = Duration.ofSeconds(20);
  private static Path parentWatchJar;

  /** The option every child JVM gets, whatever its profile: a JVM out of memory stops (its supervisor restarts it). */
  public static final String EXIT_ON_OUT_OF_MEMORY = "-XX:+ExitOnOutOfMemoryError";

  /**
   * The start of a java command line: this JVM's java binary, the options every child gets, then
   * {@code jvmOptions}. Append the main class or {@code -jar} and the program arguments.
   */
  public static List<String> javaCommand(List<String> jvmOptions) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(EXIT_ON_OUT_OF_MEMORY);
    command.add("-javaagent:" + parentWatchJar() + "=" + ProcessHandle.current().pid());
    command.addAll(jvmOptions);
    return command;
  }

  /**
   * The class path of this JVM, for children that run code from the same jars (the broker, the
   * Mongo and mail servers), with every entry made absolute: a child runs in a folder of its own.
   */
  public static String currentClassPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isEmpty())
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  /** Starts the command; stdout and stderr go to {@code logFile}, replacing an older one. */
  public static ChildJvm start(
      String name, List<String> command, Path workDir, Map<String, String> env, Path logFile) {
    try {
      Files.createDirectories(logFile.toAbsolutePath().getParent());
      ProcessBuilder builder =
          new ProcessBuilder(ownSession(command))
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
      builder.environment().putAll(env);
      Process process = builder.start();
      process.getOutputStream().close(); // nothing to say on stdin: the child reads end-of-file
      return new ChildJvm(name, process, logFile);
    } catch (IOException e) {
      throw new StackStartupException("Cannot start " + name + ": " + e.getMessage(), e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Polls {@code ready} until it answers true. Fails, with the tail of the log, if the child exits
   * first or the deadline passes.
   */
  public void awaitReady(Duration deadline, BooleanSupplier ready) {
    Instant giveUp = Instant.now().plus(deadline);
    while (true) {
      if (!process.isAlive()) {
        throw new StackStartupException(
            "%s exited with code %d while starting; end of %s:%n%s"
                .formatted(name, process.exitValue(), logFile, logTail(40)));
      }
      if (ready.getAsBoolean()) {
        return;
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new StackStartupException(
            "%s was not ready within %d s; end of %s:%n%s"
                .formatted(name, deadline.toSeconds(), logFile, logTail(40)));
      }
      pause();
    }
  }

  /** Waits for a child that is meant to finish (a tool run) and fails unless it exits with 0. */
  public void awaitSuccess(Duration deadline) {
    try {
      if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
        stop(Duration.ZERO);
        throw new StackStartupException(
            "%s did not finish within %d s; end of %s:%n%s"
                .formatted(name, deadline.toSeconds(), logFile, logTail(40)));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackStartupException("Interrupted while waiting for " + name, e);
    }
    if (process.exitValue() != 0) {
      throw new StackStartupException(
          "%s failed with code %d; end of %s:%n%s"
              .formatted(name, process.exitValue(), logFile, logTail(40)));
    }
  }

  /** The last lines of the child's log, for error messages. */
  public String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
      return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(log " + logFile + " unreadable: " + e.getMessage() + ")";
    }
  }

  /** Asks the child to stop (SIGTERM), then kills it if it has not stopped within {@code grace}. */
  public void stop(Duration grace) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(STOP_GRACE);
  }

  private void pause() {
    try {
      // Waiting on the process doubles as the pause and returns early if it dies.
      process.waitFor(POLL.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackStartupException("Interrupted while waiting for " + name, e);
    }
  }

  /**
   * Runs the command in a session of its own where {@code setsid} exists, so Ctrl-C in a terminal
   * reaches only the parent, which then stops the children in order (services before the broker)
   * instead of every process getting the signal at once. A child of a JVM is no process group
   * leader, so setsid execs in place and the pid stays the child's.
   */
  private static List<String> ownSession(List<String> command) {
    for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
      if (Files.isExecutable(Path.of(setsid))) {
        List<String> wrapped = new ArrayList<>(command.size() + 1);
        wrapped.add(setsid);
        wrapped.addAll(command);
        return wrapped;
      }
    }
    return command;
  }

  /** Packs {@link ParentWatch} into an agent jar once per JVM. */
  private static synchronized Path parentWatchJar() {
    if (parentWatchJar != null) {
      return parentWatchJar;
    }
    String entry = ParentWatch.class.getName().replace('.', '/') + ".class";
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Premain-Class", ParentWatch.class.getName());
    try (InputStream classBytes = ParentWatch.class.getClassLoader().getResourceAsStream(entry)) {
      if (classBytes == null) {
        throw new IllegalStateException(entry + " is not on the class path");
      }
      Path jar = Files.createTempFile("supportflow-parent-watch-", ".jar");
      jar.toFile().deleteOnExit();
      try (OutputStream file = Files.newOutputStream(jar);
          JarOutputStream out = new JarOutputStream(file, manifest)) {
        out.putNextEntry(new JarEntry(entry));
        classBytes.transferTo(out);
        out.closeEntry();
      }
      parentWatchJar = jar;
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the parent-watch agent jar", e);
    }
  }
}
