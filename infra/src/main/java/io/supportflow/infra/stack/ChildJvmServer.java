package io.supportflow.infra.stack;

/** A server of the stack that runs as a child JVM of its own: closing it stops that JVM. */
public interface ChildJvmServer extends AutoCloseable {

  ChildJvm process();

  @Override
  default void close() {
    process().close();
  }
}
