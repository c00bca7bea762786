package io.supportflow.infra.stack;

/**
 * A Java agent that ends its JVM when the JVM that started it is gone. Shutdown hooks stop the
 * children on Ctrl-C or SIGTERM, but not when the parent is killed with SIGKILL or crashes; then
 * this agent, given the parent's pid, makes the child exit (running its own shutdown hooks) instead
 * of holding ports forever. {@link ChildJvm} packs this one class into a jar at run time, so it must
 * use nothing but the JDK and must not have nested classes.
 */
public final class ParentWatch {

  private static final long HALT_AFTER_MILLIS = 15_000;

  private ParentWatch() {}

  /** Agent entry point; {@code args} is the pid of the parent JVM. */
  public static void premain(String args) {
    long parentPid = Long.parseLong(args.trim());
    ProcessHandle.of(parentPid)
        .ifPresentOrElse(
            parent -> parent.onExit().thenRun(ParentWatch::exitWithParent),
            ParentWatch::exitWithParent);
  }

  private static void exitWithParent() {
    System.err.println("[parent-watch] the JVM that started this process is gone; exiting");
    // A shutdown hook can hang when its peers are gone too (the registry's Kafka client waits for
    // the broker that died with the same parent), so halt if the orderly exit takes too long.
    Thread.ofPlatform()
        .daemon()
        .name("parent-watch-halt")
        .start(
            () -> {
              try {
                Thread.sleep(HALT_AFTER_MILLIS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              Runtime.getRuntime().halt(143);
            });
    System.exit(143);
  }
}
