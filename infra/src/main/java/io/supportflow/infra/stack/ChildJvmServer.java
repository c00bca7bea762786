package io.supportflow.infra.stack;

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
}
