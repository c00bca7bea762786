package io.supportflow.infra.stack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.mvstore.MVStore;

/**
 * A server that speaks MongoDB's wire protocol (mongo-java-server), so the services use the
 * official MongoDB driver exactly as against a real MongoDB. It has no sessions: no multi-document
 * transactions and no change streams, which the services do not use.
 */
public final class MongoWireServer implements AutoCloseable {

  static final int PAGE_CACHE_MB = 64;

  private final MongoServer server;
  private final InetSocketAddress address;
  private final CommandCosts costs;

  private MongoWireServer(MongoBackend backend, String host, int port) {
    this.costs = new CommandCosts(backend);
    this.server = new MongoServer(costs);
    server.bind(host, port);
    this.address = server.getLocalAddress();
  }

  /** Data in memory, gone at stop. {@code port} 0 picks a free one. */
  public static MongoWireServer inMemory(String host, int port) {
    return new MongoWireServer(new MemoryBackend(), host, port);
  }

  /**
   * Data in an H2 MVStore file, kept across restarts. Its page cache is {@value #PAGE_CACHE_MB} MiB
   * rather than H2's 16: the stack's data outgrows 16 MiB within minutes of load, after which every
   * scan and many reads decode pages from the file again.
   */
  public static MongoWireServer onFile(Path file, String host, int port) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the folder of " + file, e);
    }
    MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).cacheSize(PAGE_CACHE_MB)
        // H2 closes the store on a failed background write; without this the reason is not logged.
        .backgroundExceptionHandler((thread, e) -> {
          System.err.println("The H2 store failed in " + thread.getName() + " and was closed:");
          e.printStackTrace();
        })
        .open();
    return new MongoWireServer(BsonH2Backend.over(store), host, port);
  }

  public int port() {
    return address.getPort();
  }

  /** Connection string for the MongoDB driver, e.g. mongodb://127.0.0.1:27017. */
  public String connectionString() {
    return "mongodb://" + address.getHostString() + ":" + address.getPort();
  }

  /**
   * Runs the server on a file as a process of its own ({@link MongoWireServerJvm}): arguments
   * {@code <file> <host> <port>}. Stopping the process (SIGTERM) closes the backend, so the file is
   * complete; the server's threads keep the process running.
   */
  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("Usage: MongoWireServer <file> <host> <port>");
      System.exit(2);
    }
    MongoWireServer server = onFile(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-wire-server-stop"));
    System.err.println("MongoDB wire server on " + server.connectionString() + ", data in " + args[0]);
    server.logCostsEvery(Duration.ofMinutes(1));
  }

  /** The CPU each kind of command took so far, most first (see {@link CommandCosts}). */
  public List<String> costs(int most) {
    return costs.table(most);
  }

  /** Writes {@link #costs} to standard error every {@code period} in which commands were served. */
  private void logCostsEvery(Duration period) {
    AtomicReference<String> last = new AtomicReference<>("");
    Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("mongo-wire-server-costs").factory())
        .scheduleAtFixedRate(() -> {
          String table = String.join(System.lineSeparator(), costs(25));
          if (!table.equals(last.getAndSet(table))) {
            System.err.println("CPU per kind of command since start, " + Instant.now() + ":");
            System.err.println(table);
          }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops listening and closes the backend, which writes the H2 file out. */
  @Override
  public void close() {
    server.shutdownNow();
  }
}
