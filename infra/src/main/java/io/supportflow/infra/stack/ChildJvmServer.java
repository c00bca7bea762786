package io.supportflow.infra.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A server of the stack that runs as a child JVM of its own, started from its settings: closing it stops that JVM. */
public abstract class ChildJvmServer<S> implements AutoCloseable {

  protected final S settings;
  protected final ChildJvm child;

  protected ChildJvmServer(S settings, ChildJvm child) {
    this.settings = settings;
    this.child = child;
  }

  public ChildJvm process() {
    return child;
  }

  @Override
  public void close() {
    child.close();
  }

  /**
   * Starts a server of this code base ({@code mainClass}, from this JVM's class path) in a child JVM
   * and waits until it accepts connections on {@code host}:{@code port}; a child that is not ready
   * within {@code deadline} is stopped and the start fails.
   */
  protected static ChildJvm startListening(String name, Class<?> mainClass, List<String> jvmOptions,
      List<String> args, Map<String, String> env, Path logFile, String host, int port, Duration deadline) {
    List<String> command = ChildJvm.javaCommand(jvmOptions);
    command.addAll(List.of("-cp", ChildJvm.currentClassPath(), mainClass.getName()));
    command.addAll(args);
    ChildJvm child = ChildJvm.start(name, command, logFile.toAbsolutePath().getParent(), env, logFile);
    try {
      child.awaitReady(deadline, () -> accepts(host, port));
    } catch (RuntimeException e) {
      child.stop(Duration.ofSeconds(5));
      throw e;
    }
    return child;
  }

  private static boolean accepts(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 1_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
