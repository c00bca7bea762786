package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-backed wire server stores documents as BSON, every type intact, and reads older files. */
class BsonH2BackendTest {

  private static final Document EVERY_TYPE = new Document("_id", "c1")
      .append("text", "Ledger is down — ü")
      .append("int", 42)
      .append("long", 7_000_000_000L)
      .append("double", 2.5)
      .append("decimal", Decimal128.parse("12.30"))
      .append("flag", true)
      .append("nothing", null)
      .append("at", new Date(1_764_000_000_000L))
      .append("objectId", new ObjectId("65a1b2c3d4e5f60718293a4b"))
      .append("bytes", new Binary(new byte[] {1, 2, 3}))
      .append("list", List.of("a", 1, List.of(2L)))
      .append("nested", new Document("deeper", new Document("value", 1)).append("empty", new Document()));

  @Test
  void everyTypeOfValueSurvivesARestart(@TempDir Path dir) {
    Path file = dir.resolve("mongo.mv");
    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
      cases.insertOne(EVERY_TYPE);
      cases.insertOne(new Document("_id", "c2").append("revision", 1L));
      cases.updateOne(Filters.eq("_id", "c2"), Updates.inc("revision", 1L));
    }

    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
      assertThat(cases.find(Filters.eq("_id", "c1")).first()).isEqualTo(EVERY_TYPE);
      assertThat(cases.find(Filters.eq("_id", "c2")).first()).isEqualTo(new Document("_id", "c2").append("revision", 2L));
      assertThat(cases.countDocuments(Filters.gt("long", 1L))).isOne();
    }
    assertThat(firstBytesOfStoredDocuments(file)).containsOnly((byte) 0xB5);
  }

  /**
   * H2 writes a page from its own thread while the server may be changing a document on it: the
   * write waits out each change instead of failing (which closed the store under load). The server
   * makes a burst of changes as each write begins; a failed encoding takes at least one change, so
   * the attempts outnumber any write's changes.
   */
  @Test
  void aDocumentChangedWhileItsPageIsWrittenIsWrittenAsItSettles() throws Exception {
    de.bwaldvogel.mongo.bson.Document changing = new de.bwaldvogel.mongo.bson.Document("_id", "c1");
    for (int i = 0; i < 2_000; i++) {
      changing.put("field" + i, "value " + i);
    }
    java.util.concurrent.Semaphore writeBegins = new java.util.concurrent.Semaphore(0);
    Thread server = Thread.ofPlatform().start(() -> {
      for (int write = 0; write < 100; write++) {
        writeBegins.acquireUninterruptibly();
        for (int i = 0; i < 100; i++) {
          changing.put("extra", i); // two structural changes, as an update makes them
          changing.remove("extra");
        }
      }
    });
    for (int write = 0; write < 100; write++) {
      writeBegins.release();
      var bson = BsonH2Backend.BsonDocumentType.encodedAsItSettles(changing);
      try {
        assertThat(de.bwaldvogel.mongo.wire.bson.BsonDecoder.decodeBson(bson).get("field1999"))
            .isEqualTo("value 1999");
      } finally {
        bson.release();
      }
    }
    server.join();
  }

  @Test
  void aDocumentsFootprintCountsWhatItNests() {
    de.bwaldvogel.mongo.bson.Document flat = new de.bwaldvogel.mongo.bson.Document("_id", "c1");
    de.bwaldvogel.mongo.bson.Document nested = new de.bwaldvogel.mongo.bson.Document("_id", "c1")
        .append("thread", List.of(new de.bwaldvogel.mongo.bson.Document("text", "x".repeat(2_000))));

    assertThat(BsonH2Backend.BsonDocumentType.INSTANCE.getMemory(nested))
        .isGreaterThan(BsonH2Backend.BsonDocumentType.INSTANCE.getMemory(flat) + 2_000);
  }

  /** The first byte of each stored document of intake.cases, read from the file without the backend. */
  private static List<Byte> firstBytesOfStoredDocuments(Path file) {
    MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
    try {
      MVMap<Object, Byte> cases = store.openMap("databases.intake.cases",
          new MVMap.Builder<Object, Byte>().valueType(new BasicDataType<Byte>() {
            @Override
            public int getMemory(Byte value) {
              return 1;
            }

            @Override
            public void write(WriteBuffer buffer, Byte value) {
              throw new UnsupportedOperationException("read only");
            }

            @Override
            public Byte read(ByteBuffer buffer) {
              byte first = buffer.get();
              if (first != (byte) 0xB5) {
                throw new AssertionError("a document stored in the stock form, tag " + first);
              }
              int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
              buffer.position(buffer.position() + length);
              return first;
            }

            @Override
            public Byte[] createStorage(int size) {
              return new Byte[size];
            }
          }));
      return List.copyOf(cases.values());
    } finally {
      store.close();
    }
  }

  @Test
  void aFileWrittenByTheStockBackendIsReadAndWrittenOn(@TempDir Path dir) {
    Path file = dir.resolve("mongo.mv");
    MongoServer stock = new MongoServer(new H2Backend(file.toString()));
    try (MongoClient client = MongoClients.create(stock.bindAndGetConnectionString())) {
      client.getDatabase("intake").getCollection("cases").insertOne(EVERY_TYPE);
    } finally {
      stock.shutdownNow();
    }

    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
      assertThat(cases.find(Filters.eq("_id", "c1")).first()).isEqualTo(EVERY_TYPE);
      cases.insertOne(new Document("_id", "c2"));
    }

    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
      assertThat(cases.find().into(new java.util.ArrayList<>())).containsExactlyInAnyOrder(EVERY_TYPE, new Document("_id", "c2"));
    }
  }
}
