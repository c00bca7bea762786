package io.supportflow.infra.testing;

import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Which filters the local stack's wire server would answer by scanning a whole collection.
 * mongo-java-server serves a filter from an index only when its top-level keys are exactly a unique
 * index's keys (of a compound index, with plain values); any other filter reads every document, so
 * its cost grows with the data. A test runs an adapter's operation through {@link #during} and
 * asserts that the hot ones are served.
 */
public final class ScannedFilters {

  private static final List<BsonDocument> SENT = new ArrayList<>();
  // Recorded only inside during(): the listener sees every command of every test in the JVM.
  private static boolean recording;

  private ScannedFilters() {}

  /** Listens to the test databases' client (registered by {@link TestDatabases}). */
  static CommandListener listener() {
    return new CommandListener() {
      @Override
      public void commandStarted(CommandStartedEvent event) {
        synchronized (SENT) {
          if (recording) {
            SENT.add(event.getCommand().clone().append("$db", new org.bson.BsonString(event.getDatabaseName())));
          }
        }
      }
    };
  }

  /**
   * The filters, as JSON, that {@code operation} sent to {@code collection} of {@code database} and
   * that no unique index of it serves: empty when every one is served.
   */
  public static List<String> during(MongoDatabase database, String collection, Runnable operation) {
    synchronized (SENT) {
      SENT.clear();
      recording = true;
    }
    List<BsonDocument> sent;
    try {
      operation.run();
    } finally {
      synchronized (SENT) {
        recording = false;
        sent = new ArrayList<>(SENT);
        SENT.clear();
      }
    }
    List<Set<String>> uniqueKeys = new ArrayList<>();
    database.getCollection(collection).listIndexes(BsonDocument.class).forEach(index -> {
      if (index.getDocument("key").containsKey("_id") && index.getDocument("key").size() == 1
          || index.getBoolean("unique", org.bson.BsonBoolean.FALSE).getValue()) {
        uniqueKeys.add(index.getDocument("key").keySet());
      }
    });
    List<String> scanned = new ArrayList<>();
    for (BsonDocument command : sent) {
      if (!command.getString("$db").getValue().equals(database.getName())) {
        continue;
      }
      for (BsonDocument filter : filtersOf(command, collection)) {
        boolean served = uniqueKeys.stream().anyMatch(keys -> keys.equals(new HashSet<>(filter.keySet()))
            && (keys.size() == 1 || filter.values().stream().noneMatch(BsonValue::isDocument)));
        if (!served) {
          scanned.add(command.getFirstKey() + " " + filter.toJson());
        }
      }
    }
    return scanned;
  }

  private static List<BsonDocument> filtersOf(BsonDocument command, String collection) {
    String name = command.getFirstKey();
    if (!command.get(name).isString() || !command.getString(name).getValue().equals(collection)) {
      return List.of();
    }
    return switch (name) {
      case "find", "count" -> command.containsKey("filter") ? List.of(command.getDocument("filter"))
          : command.containsKey("query") ? List.of(command.getDocument("query")) : List.of(new BsonDocument());
      case "findAndModify" -> List.of(command.getDocument("query"));
      case "update" -> statements(command.getArray("updates", new BsonArray()), "q");
      case "delete" -> statements(command.getArray("deletes", new BsonArray()), "q");
      default -> List.of();
    };
  }

  private static List<BsonDocument> statements(BsonArray statements, String key) {
    return statements.stream().map(s -> s.asDocument().getDocument(key)).toList();
  }
}
