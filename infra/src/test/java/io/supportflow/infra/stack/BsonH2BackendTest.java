package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
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
import org.h2.mvstore.DataUtils;
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
    assertThat(firstBytesOfStoredKeys(file, "intake.cases._index__id_")).hasSize(2).containsOnly((byte) 0xB5);
  }

  @Test
  void uniqueIndexesFindAndRefuseByValueAcrossARestart(@TempDir Path dir) {
    Path file = dir.resolve("mongo.mv");
    Document compound = new Document("_id", new Document("caseId", "c1").append("eventId", "e1"));
    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> keys = client.getDatabase("intake").getCollection("keys");
      keys.createIndex(new Document("digest", 1), new IndexOptions().unique(true));
      keys.insertOne(compound.append("digest", "d1"));
      keys.insertOne(new Document("_id", 7L).append("digest", "d2"));
      assertThat(duplicateRefused(() -> keys.insertOne(new Document("_id", "other").append("digest", "d1")))).isTrue();
    }

    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> keys = client.getDatabase("intake").getCollection("keys");
      assertThat(keys.find(Filters.eq("_id", compound.get("_id"))).first()).isEqualTo(compound);
      // MongoDB's order compares numbers by value, as the server does: 7 and 7L are one _id.
      assertThat(keys.find(Filters.eq("_id", 7)).first()).isNotNull();
      assertThat(duplicateRefused(() -> keys.insertOne(new Document("_id", 7)))).isTrue();
      assertThat(duplicateRefused(() -> keys.insertOne(new Document("_id", "other").append("digest", "d2")))).isTrue();
      keys.insertOne(new Document("_id", "other").append("digest", "d3"));
      assertThat(keys.countDocuments()).isEqualTo(3);
    }
    assertThat(firstBytesOfStoredKeys(file, "intake.keys._index_digest_1")).hasSize(3).containsOnly((byte) 0xB5);
  }

  @Test
  void anIndexKeyKeepsEveryValueAndItsPlace() {
    KeyValue key = new KeyValue("c1", 2.5, null, Missing.getInstance(),
        new de.bwaldvogel.mongo.bson.Document("caseId", "c1"));
    WriteBuffer buffer = new WriteBuffer();
    BsonH2Backend.IndexKeyType.INSTANCE.write(buffer, key);

    ByteBuffer written = buffer.getBuffer().flip();
    assertThat(written.get(0)).isEqualTo((byte) 0xB5);
    KeyValue read = BsonH2Backend.IndexKeyType.INSTANCE.read(written);
    assertThat(read).isEqualTo(key);
    assertThat(written.hasRemaining()).isFalse();
    assertThat(BsonH2Backend.IndexKeyType.INSTANCE.compare(new KeyValue("a", 1), new KeyValue("a", 2))).isNegative();
    assertThat(BsonH2Backend.IndexKeyType.INSTANCE.compare(new KeyValue("b"), new KeyValue("a"))).isPositive();
    assertThat(BsonH2Backend.IndexKeyType.INSTANCE.compare(read, key)).isZero();
  }

  private static boolean duplicateRefused(Runnable insert) {
    try {
      insert.run();
      return false;
    } catch (MongoWriteException refused) {
      return refused.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
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
          new MVMap.Builder<Object, Byte>().valueType(firstByteOfBson(false)));
      return List.copyOf(cases.values());
    } finally {
      store.close();
    }
  }

  /** The first byte of each key of an index map, read from the file without the backend. */
  private static List<Byte> firstBytesOfStoredKeys(Path file, String indexMap) {
    MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
    try {
      MVMap<Byte, Object> index = store.openMap(indexMap, new MVMap.Builder<Byte, Object>().keyType(firstByteOfBson(true)));
      return List.copyOf(index.keyList());
    } finally {
      store.close();
    }
  }

  /** Reads a value stored as the marker byte, (for a key) the count of its values and BSON; fails on any other form. */
  private static BasicDataType<Byte> firstByteOfBson(boolean counted) {
    return new BasicDataType<>() {
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
          throw new AssertionError("stored in the stock form, tag " + first);
        }
        if (counted) {
          DataUtils.readVarInt(buffer);
        }
        int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
        buffer.position(buffer.position() + length);
        return first;
      }

      @Override
      public Byte[] createStorage(int size) {
        return new Byte[size];
      }
    };
  }

  @Test
  void aFileWrittenByTheStockBackendIsReadAndWrittenOn(@TempDir Path dir) {
    Path file = dir.resolve("mongo.mv");
    MongoServer stock = new MongoServer(new H2Backend(file.toString()));
    // Enough _ids (of two types) that the stock index's order, by serialized bytes, is not MongoDB's.
    List<Object> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ids.add(i % 2 == 0 ? (Object) ("k" + i) : (Object) (long) (1_000 - i));
    }
    try (MongoClient client = MongoClients.create(stock.bindAndGetConnectionString())) {
      MongoCollection<Document> others = client.getDatabase("intake").getCollection("others");
      ids.forEach(id -> others.insertOne(new Document("_id", id)));
      client.getDatabase("intake").getCollection("cases").insertOne(EVERY_TYPE);
    } finally {
      stock.shutdownNow();
    }

    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
      assertThat(cases.find(Filters.eq("_id", "c1")).first()).isEqualTo(EVERY_TYPE);
      cases.insertOne(new Document("_id", "c2"));
      MongoCollection<Document> others = client.getDatabase("intake").getCollection("others");
      assertThat(ids).allSatisfy(id -> assertThat(others.find(Filters.eq("_id", id)).first()).isNotNull());
      assertThat(ids).allSatisfy(id -> assertThat(duplicateRefused(() -> others.insertOne(new Document("_id", id)))).isTrue());
    }
    assertThat(firstBytesOfStoredKeys(file, "intake.others._index__id_")).hasSize(200).containsOnly((byte) 0xB5);

    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
      assertThat(cases.find().into(new java.util.ArrayList<>())).containsExactlyInAnyOrder(EVERY_TYPE, new Document("_id", "c2"));
    }
  }
}
