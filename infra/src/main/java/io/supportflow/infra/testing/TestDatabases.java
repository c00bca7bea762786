package io.supportflow.infra.testing;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.supportflow.infra.stack.TestStack;
import java.util.UUID;

/**
 * Databases on the shared test stack's Mongo wire server, a fresh one per call, through one
 * driver client for the whole test JVM (closed when it exits).
 */
public final class TestDatabases {

  private static MongoClient client;

  private TestDatabases() {}

  /** A database no other test uses: the prefix and a random suffix. */
  public static MongoDatabase fresh(String prefix) {
    return client().getDatabase(prefix + "-" + UUID.randomUUID());
  }

  private static synchronized MongoClient client() {
    if (client == null) {
      MongoClient created = MongoClients.create(MongoClientSettings.builder()
          .applyConnectionString(new ConnectionString(TestStack.shared().mongoUri()))
          .addCommandListener(ScannedFilters.listener())
          .build());
      Runtime.getRuntime().addShutdownHook(new Thread(created::close));
      client = created;
    }
    return client;
  }
}
