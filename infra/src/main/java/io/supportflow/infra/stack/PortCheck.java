package io.supportflow.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks ports before anything starts, so a clash is reported by name rather than as a bind error. */
public final class PortCheck {

  private PortCheck() {}

  /**
   * Fails unless nothing listens on {@code port} on any local address.
   *
   * @param purpose what wants the port, e.g. "Kafka broker"
   */
  public static void requireFree(int port, String purpose) {
    if (!isFree(port)) {
      throw new StackStartupException(
          "Port %d (%s) is already in use — is the stack already running?".formatted(port, purpose));
    }
  }

  /** True if a server could bind {@code port} on all interfaces now. */
  public static boolean isFree(int port) {
    // Binding the wildcard address fails if anything listens on the port on any address.
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port that was free a moment ago, for servers that cannot bind port 0 themselves. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free local port", e);
    }
  }
}
