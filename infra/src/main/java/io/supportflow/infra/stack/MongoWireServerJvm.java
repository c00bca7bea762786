package io.supportflow.infra.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The {@link MongoWireServer} on a file, in a JVM of its own: the local stack supervises it like the
 * broker, and a chaos run can make it stop answering without stopping the launcher. The data is in
 * the H2 file, so a restarted server has everything a stopped one had.
 */
public final class MongoWireServerJvm extends ChildJvmServer<MongoWireServerJvm.Settings> {

  private static final Duration START_DEADLINE = Duration.ofSeconds(60);

  /** @param dataFile the H2 MVStore file the data is kept in */
  public record Settings(Path dataFile, Path logFile, String host, int port) {}

  private MongoWireServerJvm(Settings settings, ChildJvm child) {
    super(settings, child);
  }

  /** Starts the server and waits until it accepts connections. */
  public static MongoWireServerJvm start(Settings s) {
    return new MongoWireServerJvm(s, startListening("MongoDB wire server", MongoWireServer.class,
        // A young generation this large lets the documents of each command die young: with 512 MiB in
        // all, the server spent a tenth of its time in young collections copying them to the old one.
        List.of("-Xms1g", "-Xmx1g", "-Xmn512m", "-XX:+UseSerialGC"),
        List.of(s.dataFile().toAbsolutePath().toString(), s.host(), Integer.toString(s.port())), Map.of(),
        s.logFile(), s.host(), s.port(), START_DEADLINE));
  }
}
