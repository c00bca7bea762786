package io.supportflow.infra.stack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * mongo-java-server's H2 backend with the documents stored as BSON. The stock backend stores them
 * through H2's generic object type, which falls back to Java serialization: profiled under the
 * pipeline's load, that serialization (and reading it back on every find) was most of the wire
 * server's CPU. BSON is what the server speaks anyway, so a document is written in one pass and read
 * back without reflection. Documents stored in the old form stay readable (the first byte tells
 * them apart), and are rewritten as BSON whenever their page is written again.
 */
final class BsonH2Backend extends H2Backend {

  BsonH2Backend(MVStore store) {
    super(store);
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new BsonDatabase(databaseName);
  }

  // An inner class on purpose: its link to the backend (and so to the store) is set before
  // H2Database's constructor opens the stored collections, which a field of its own would not be.
  private final class BsonDatabase extends H2Database {

    BsonDatabase(String name) {
      super(name, BsonH2Backend.this.getMvStore(), BsonH2Backend.this.getCursorRegistry());
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
      MVStore store = BsonH2Backend.this.getMvStore();
      String namespace = getFullCollectionNamespace(collectionName);
      // The map names are the stock backend's, so a file it wrote opens here.
      MVMap<Object, Document> data = store.openMap("databases." + namespace,
          new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
      MVMap<String, Object> meta = store.openMap("meta." + namespace);
      return new H2Collection(this, collectionName, options, data, meta, cursorRegistry);
    }
  }

  /** A document as one marker byte and its BSON; anything else is the stock backend's form. */
  static final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    // H2's object type starts a value with a type tag between 0 and 119: this byte is none of them.
    private static final byte BSON = (byte) 0xB5;

    private static final int ENCODING_ATTEMPTS = 10_000;

    /**
     * The document's heap footprint, for H2's page cache accounting: an underestimate lets the
     * cache hold far more than its size and fills the old generation (measured: full collections
     * back to back), so nested documents, lists and strings are all counted.
     */
    @Override
    public int getMemory(Document document) {
      return (int) Math.min(Integer.MAX_VALUE, footprint(document));
    }

    static long footprint(Object value) {
      if (value instanceof Map<?, ?> map) {
        long bytes = 64;
        for (Map.Entry<?, ?> field : map.entrySet()) {
          bytes += 48 + footprint(field.getKey()) + footprint(field.getValue());
        }
        return bytes;
      }
      if (value instanceof Collection<?> list) {
        long bytes = 32 + 8L * list.size();
        for (Object element : list) {
          bytes += footprint(element);
        }
        return bytes;
      }
      if (value instanceof CharSequence text) {
        return 48 + text.length();
      }
      return 24;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
      ByteBuf bson = encodedAsItSettles(document);
      try {
        buffer.put(BSON);
        buffer.put(bson.nioBuffer());
      } finally {
        bson.release();
      }
    }

    /**
     * The document's BSON. H2 writes pages from its own thread while the server may be changing a
     * document in place (measured: the pipeline benchmark's load closed the store on a
     * ConcurrentModificationException, and the wire server stopped answering). A change is
     * momentary, so the encoding is tried again; the server puts the changed document back, which
     * makes its page due to be written again with the change.
     */
    static ByteBuf encodedAsItSettles(Document document) {
      for (int attempt = 1; ; attempt++) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
          BsonEncoder.encodeDocument(document, bson);
          return bson;
        } catch (ConcurrentModificationException changing) {
          bson.release();
          if (attempt == ENCODING_ATTEMPTS) {
            throw changing;
          }
          Thread.onSpinWait();
        }
      }
    }

    @Override
    public Document read(ByteBuffer buffer) {
      if (buffer.get(buffer.position()) != BSON) {
        // A new one each time: H2's object type remembers the last type it saw, unsynchronized.
        return (Document) new ObjectDataType().read(buffer);
      }
      buffer.get();
      int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
      ByteBuffer bson = buffer.slice(buffer.position(), length);
      buffer.position(buffer.position() + length);
      return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
      return new Document[size];
    }
  }
}
