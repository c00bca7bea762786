package io.supportflow.infra.local;

import io.supportflow.infra.stack.ChildJvm;
import io.supportflow.infra.stack.KafkaBroker;
import io.supportflow.infra.stack.MailServerJvm;
import io.supportflow.infra.stack.MongoWireServerJvm;
import io.supportflow.infra.stack.PortCheck;
import io.supportflow.infra.stack.RepoRoot;
import io.supportflow.infra.stack.RestartBackoff;
import io.supportflow.infra.stack.SchemaRegistry;
import io.supportflow.infra.stack.ServiceFleet;
import io.supportflow.infra.stack.StackStartupException;
import io.supportflow.infra.stack.StartupCache;
import io.supportflow.infra.stack.SupervisedChild;
import io.supportflow.infra.stack.TopicSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The whole SupportFlow platform on one machine, with one command and without Docker: a Kafka
 * broker, the schema registry, a MongoDB wire-protocol server, SMTP/IMAP, and the six services,
 * each in a JVM of its own. A child that exits is started again with backoff (the broker, the
 * registry, Mongo and mail too); Ctrl-C stops everything in reverse order, restarted children
 * included.
 */
public final class LocalStack {

  static final String HOST = "localhost";
  static final String BIND_ADDRESS = "127.0.0.1";
  static final int KAFKA_PORT = 9092;
  static final int KAFKA_CONTROLLER_PORT = 9093;
  static final int REGISTRY_PORT = 8081;
  static final int MONGO_PORT = 27017;
  static final int SMTP_PORT = 3025;
  static final int IMAP_PORT = 3143;
  static final int INTAKE_PORT = 8080;
  static final int CONSOLE_PORT = 8086;
  static final String DEMO_TENANT = "acme";
  static final String DEMO_CONTACT = "ops@northwind.example";
  /** The demo customer (intake's and contracts' demo default): its key sees only its cases. */
  static final String DEMO_CUSTOMER = "northwind";
  static final String DESK_ADDRESS = "support@acme-support.example";

  private final Path repoRoot;
  private final LaunchOptions options;
  private final Path logs;
  private final Deque<Part> running = new ArrayDeque<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean stopping;

  /** Something started that must be stopped, with the name to report. */
  private record Part(String name, AutoCloseable stopper) {}

  LocalStack(Path repoRoot, LaunchOptions options) {
    this.repoRoot = repoRoot;
    this.options = options;
    this.logs = options.dataDir().resolve("logs");
  }

  public static void main(String[] args) {
    Path repoRoot = RepoRoot.find();
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args, repoRoot);
    } catch (LaunchOptions.UsageException e) {
      if (e.getMessage().isEmpty()) { // --help
        System.out.print(LaunchOptions.USAGE);
        System.exit(0);
      }
      System.err.println(e.getMessage());
      System.err.print(LaunchOptions.USAGE);
      System.exit(2);
      return;
    }
    LocalStack stack = new LocalStack(repoRoot, options);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
    try {
      stack.start();
    } catch (RuntimeException e) {
      System.out.println();
      System.err.println("Local stack failed: " + e.getMessage());
      if (!(e instanceof StackStartupException)) {
        e.printStackTrace();
      }
      stack.stop();
      System.exit(1);
    }
    stack.awaitStop();
  }

  void start() {
    DemoCredentials credentials =
        step("Checking ports and the data folder", this::prepare);
    KafkaBroker.Settings kafkaSettings =
        new KafkaBroker.Settings(
            options.dataDir().resolve("kafka"),
            logs.resolve("kafka.log"),
            HOST,
            KAFKA_PORT,
            KAFKA_CONTROLLER_PORT,
            options.partitions());
    KafkaBroker kafka =
        step("Starting Kafka (KRaft) on " + HOST + ":" + KAFKA_PORT, () -> KafkaBroker.start(kafkaSettings));
    register("Kafka", supervise(kafka.process(), () -> KafkaBroker.start(kafkaSettings).process()));
    SchemaRegistry.Settings registrySettings =
        SchemaRegistry.Settings.kafkaSql(
            SchemaRegistry.locateHome(),
            logs.resolve("schema-registry.log"),
            BIND_ADDRESS,
            REGISTRY_PORT,
            kafka.bootstrapServers());
    SchemaRegistry registry =
        step(
            "Starting the schema registry (Apicurio, schemas kept in Kafka) on port " + REGISTRY_PORT,
            () -> SchemaRegistry.start(registrySettings));
    register("schema registry", supervise(registry.process(), () -> SchemaRegistry.start(registrySettings).process()));
    MongoWireServerJvm.Settings mongoSettings = new MongoWireServerJvm.Settings(
        options.dataDir().resolve("mongo.mv"), logs.resolve("mongo.log"), BIND_ADDRESS, MONGO_PORT);
    MongoWireServerJvm mongo =
        step("Starting the MongoDB wire server (data in mongo.mv) on port " + MONGO_PORT,
            () -> MongoWireServerJvm.start(mongoSettings));
    register("MongoDB wire server", supervise(mongo.process(), () -> MongoWireServerJvm.start(mongoSettings).process()));
    MailServerJvm.Settings mailSettings = new MailServerJvm.Settings(logs.resolve("mail.log"), BIND_ADDRESS,
        SMTP_PORT, IMAP_PORT, Map.of(DEMO_CONTACT, credentials.contactMailboxPassword(),
            DESK_ADDRESS, credentials.deskMailboxPassword()));
    MailServerJvm mail =
        step("Starting SMTP on port " + SMTP_PORT + " and IMAP on port " + IMAP_PORT + " with the demo mailboxes",
            () -> MailServerJvm.start(mailSettings));
    register("mail server", supervise(mail.process(), () -> MailServerJvm.start(mailSettings).process()));
    TopicSetup.Result topics =
        step(
            "Creating the topics (" + options.partitions() + " partitions each)",
            () -> TopicSetup.ensureTopics(kafka.bootstrapServers(), options.partitions()));
    topics
        .otherPartitionCounts()
        .forEach(
            (topic, count) ->
                System.out.printf(
                    "      warning: %s has %d partitions, not %d (start with --reset to recreate)%n",
                    topic, count, options.partitions()));
    if (!options.infraOnly()) {
      ServiceFleet fleet = new ServiceFleet(
          repoRoot, logs, serviceEnvironment(credentials), options.services(), options.profile());
      register("services", fleet);
      if (StartupCache.supported()) {
        StartupCache cache = new StartupCache(options.dataDir().resolve(options.profile().cacheFolder()));
        List<String> untrained = step("Preparing the services' startup cache (after a build only)",
            () -> fleet.useStartupCache(cache));
        untrained.forEach(name -> System.out.printf(
            "      warning: %s runs without a startup cache (see logs/%s-startup-training.log)%n", name, name));
      }
      step("Starting the services (up to 3 minutes)", () -> {
        fleet.startAll(child -> {});
        return null;
      });
      fleet.superviseAll(RestartBackoff::localStack, LocalStack::report, Clock.systemUTC());
    }
    System.out.print(Banner.render(options, credentials));
  }

  /** Stops everything started so far, newest first. Safe to call twice and from the shutdown hook. */
  void stop() {
    synchronized (running) {
      stopping = true;
    }
    while (true) {
      Part part;
      synchronized (running) {
        part = running.poll();
      }
      if (part == null) {
        break;
      }
      System.out.println("Stopping " + part.name());
      try {
        part.stopper().close();
      } catch (Exception e) {
        System.err.println("  could not stop " + part.name() + ": " + e.getMessage());
      }
    }
    stopped.countDown();
  }

  private void awaitStop() {
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private DemoCredentials prepare() {
    Map<Integer, String> ports = new LinkedHashMap<>();
    ports.put(KAFKA_PORT, "Kafka broker");
    ports.put(KAFKA_CONTROLLER_PORT, "Kafka controller");
    ports.put(REGISTRY_PORT, "schema registry");
    ports.put(MONGO_PORT, "MongoDB wire server");
    ports.put(SMTP_PORT, "SMTP");
    ports.put(IMAP_PORT, "IMAP");
    if (!options.infraOnly()) {
      options.services().forEach(service -> {
        ports.put(service.port(), service.instanceName());
        ports.put(service.managementPort(), service.instanceName() + " management");
      });
      ServiceFleet.requireJars(repoRoot);
    }
    ports.forEach(PortCheck::requireFree);
    register("the lock on " + options.dataDir(), StackLock.acquire(options.dataDir()));
    if (options.reset()) {
      wipeDataFolder();
    }
    try {
      Files.createDirectories(logs);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + logs, e);
    }
    // In-process clients log to a file: the console is for these steps.
    System.setProperty("org.slf4j.simpleLogger.logFile", logs.resolve("stack.log").toString());
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    return DemoCredentials.loadOrCreate(options.dataDir());
  }

  private Map<String, String> serviceEnvironment(DemoCredentials credentials) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("KAFKA_BOOTSTRAP", HOST + ":" + KAFKA_PORT);
    env.put("SCHEMA_REGISTRY_URL", "http://" + HOST + ":" + REGISTRY_PORT + "/apis/ccompat/v7");
    env.put("MONGODB_URI", "mongodb://" + HOST + ":" + MONGO_PORT);
    env.put("SMTP_HOST", HOST);
    env.put("SMTP_PORT", String.valueOf(SMTP_PORT));
    env.put("SUPPORTFLOW_DEMO_ENABLED", "true");
    env.put("SUPPORTFLOW_DEMO_TENANT", DEMO_TENANT);
    env.put("SUPPORTFLOW_DEMO_API_KEY", credentials.apiKey());
    // Every service knows the configured keys only as digests, like in production (docs/adr/0012).
    env.put("SUPPORTFLOW_API_KEY_DIGESTS", credentials.apiKeyDigests(DEMO_TENANT, DEMO_CUSTOMER));
    // intake reads the desk mailbox and takes agent, customer and phone-webhook credentials.
    env.put("SUPPORTFLOW_DEMO_IMAP_HOST", HOST);
    env.put("SUPPORTFLOW_DEMO_IMAP_PORT", String.valueOf(IMAP_PORT));
    env.put("SUPPORTFLOW_DEMO_IMAP_USER", DESK_ADDRESS);
    env.put("SUPPORTFLOW_DEMO_IMAP_PASSWORD", credentials.deskMailboxPassword());
    env.put("SUPPORTFLOW_DEMO_SUPPORT_ADDRESS", DESK_ADDRESS);
    env.put("SUPPORTFLOW_DEMO_AGENT_KEY", credentials.agentKey());
    env.put("SUPPORTFLOW_DEMO_CUSTOMER_KEY", credentials.customerKey());
    env.put("SUPPORTFLOW_DEMO_PHONE_SECRET", credentials.phoneSecret());
    // The console signs people in by asking intake who their key is, and forwards their actions there.
    env.put("INTAKE_URL", "http://" + HOST + ":" + INTAKE_PORT);
    return env;
  }

  private void wipeDataFolder() {
    try (Stream<Path> all = Files.walk(options.dataDir())) {
      all.sorted(Comparator.reverseOrder())
          .filter(path -> !path.equals(options.dataDir()))
          .filter(path -> !path.getFileName().toString().equals(StackLock.FILE_NAME))
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException("Cannot delete " + path, e);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot wipe " + options.dataDir(), e);
    }
  }

  private void register(String name, AutoCloseable part) {
    synchronized (running) {
      if (!stopping) {
        running.push(new Part(name, part));
        return;
      }
    }
    try {
      part.close();
    } catch (Exception e) {
      // Stopping anyway.
    }
    throw new StackStartupException("Stopped while starting");
  }

  /** Restarts the child whenever it exits, as Kubernetes would; the services ride through its absence. */
  private SupervisedChild supervise(ChildJvm running, Supplier<ChildJvm> start) {
    return SupervisedChild.watch(running, start, RestartBackoff.localStack(), LocalStack::report, Clock.systemUTC());
  }

  private static void report(String line) {
    System.err.printf("%n%s %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), line);
  }

  private static <T> T step(String label, Supplier<T> action) {
    System.out.printf("%-86s", "• " + label + " ...");
    System.out.flush();
    long started = System.nanoTime();
    T result = action.get();
    System.out.printf(" %.1f s%n", (System.nanoTime() - started) / 1e9);
    return result;
  }
}
