package io.supportflow.infra.stack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * The wire server's CPU per kind of command: collection, command and the shape of its filter (keys
 * and operators, values left out). mongo-java-server serves a filter from an index only when its keys
 * are exactly a unique index's keys, and scans the collection otherwise, so a shape whose CPU per
 * command grows with the data is a scan; this is how the benchmark finds them. A decorator, so the
 * backend (memory or H2) is unchanged.
 */
final class CommandCosts implements MongoBackend {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final MongoBackend backend;
  private final Map<String, Cost> costs = new ConcurrentHashMap<>();

  CommandCosts(MongoBackend backend) {
    this.backend = backend;
  }

  /** Each kind's count and CPU so far. */
  record Cost(LongAdder commands, LongAdder cpuNanos) {
    Cost() {
      this(new LongAdder(), new LongAdder());
    }
  }

  @Override
  public Document handleMessage(MongoMessage message) {
    long before = THREADS.getCurrentThreadCpuTime();
    try {
      return backend.handleMessage(message);
    } finally {
      Cost cost = costs.computeIfAbsent(
          kindOf(message.getDatabaseName(), message.getDocument()), k -> new Cost());
      cost.commands().increment();
      cost.cpuNanos().add(THREADS.getCurrentThreadCpuTime() - before);
    }
  }

  /** "db.collection command {filter shape}", e.g. {@code intake.cases update {_id, version}}. */
  static String kindOf(String database, Document command) {
    if (command.isEmpty()) {
      return database + " ?";
    }
    String name = command.keySet().iterator().next();
    Object target = command.get(name);
    String collection = target instanceof String s ? database + "." + s : database;
    Object filter = switch (name) {
      case "find", "count", "countDocuments" -> command.containsKey("filter")
          ? command.get("filter") : command.get("query");
      case "findAndModify", "findandmodify" -> command.get("query");
      case "update" -> firstOf(command.get("updates"), "q");
      case "delete" -> firstOf(command.get("deletes"), "q");
      case "aggregate" -> command.get("pipeline") instanceof List<?> stages && !stages.isEmpty()
          ? stages.get(0) : null;
      default -> null;
    };
    String many = name.equals("update") || name.equals("delete") || name.equals("insert")
        ? sizeOf(command.get(name.equals("insert") ? "documents" : name + "s")) : "";
    return collection + " " + name + many + (filter == null ? "" : " " + shapeOf(filter));
  }

  private static Object firstOf(Object statements, String key) {
    return statements instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> m
        ? m.get(key) : null;
  }

  private static String sizeOf(Object statements) {
    return statements instanceof List<?> list && list.size() > 1 ? " (bulk)" : "";
  }

  /** The filter's keys and operators in their order, every value left out. */
  static String shapeOf(Object filter) {
    if (filter instanceof Map<?, ?> map) {
      return map.entrySet().stream()
          .map(e -> e.getValue() instanceof Map<?, ?> || e.getValue() instanceof List<?>
              ? e.getKey() + ": " + shapeOf(e.getValue()) : String.valueOf(e.getKey()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (filter instanceof List<?> list) {
      return list.stream().map(CommandCosts::shapeOf).distinct().collect(Collectors.joining(", ", "[", "]"));
    }
    return "?";
  }

  /** The kinds by CPU, most first, as table lines: CPU s, commands, CPU µs each, kind. */
  List<String> table(int most) {
    List<Map.Entry<String, Cost>> kinds = new ArrayList<>(costs.entrySet());
    kinds.sort(Comparator.comparingLong((Map.Entry<String, Cost> e) -> e.getValue().cpuNanos().sum()).reversed());
    List<String> lines = new ArrayList<>();
    lines.add(String.format("%9s %9s %9s  %s", "CPU s", "commands", "µs each", "collection command {filter}"));
    for (Map.Entry<String, Cost> kind : kinds.subList(0, Math.min(most, kinds.size()))) {
      long n = kind.getValue().commands().sum();
      long nanos = kind.getValue().cpuNanos().sum();
      lines.add(String.format("%9.1f %9d %9d  %s", nanos / 1e9, n, n == 0 ? 0 : nanos / n / 1000, kind.getKey()));
    }
    return lines;
  }

  @Override
  public void handleClose(Channel channel) {
    backend.handleClose(channel);
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    return backend.handleCommand(channel, database, command, query);
  }

  @Override
  public QueryResult handleQuery(MongoQuery query) {
    return backend.handleQuery(query);
  }

  @Override
  public void dropDatabase(String database) {
    backend.dropDatabase(database);
  }

  @Override
  public Collection<Document> getCurrentOperations(MongoQuery query) {
    return backend.getCurrentOperations(query);
  }

  @Override
  public Document getServerStatus() {
    return backend.getServerStatus();
  }

  @Override
  public void close() {
    backend.close();
  }

  @Override
  public void closeCursors(List<Long> cursorIds) {
    backend.closeCursors(cursorIds);
  }

  @Override
  public Clock getClock() {
    return backend.getClock();
  }

  @Override
  public void enableOplog() {
    backend.enableOplog();
  }

  @Override
  public void disableOplog() {
    backend.disableOplog();
  }

  @Override
  public MongoDatabase resolveDatabase(String database) {
    return backend.resolveDatabase(database);
  }

  @Override
  public MongoBackend version(MongoVersion version) {
    backend.version(version);
    return this;
  }
}
