package io.supportflow.infra.stack;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.DataUtils;
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
 *
 * <p>The unique indexes (the {@code _id} index of every collection among them) are keyed the same
 * way. The stock backend leaves their keys to H2's generic type too, which compares two keys by
 * Java-serializing both: that was a third of the wire server's CPU under the pipeline's load (JFR,
 * 2026-12-07). Their keys are now compared value by value in MongoDB's order and stored as BSON. An
 * older file's index maps are put in the new order once, when it is first opened.
 */
final class BsonH2Backend extends H2Backend {

  private static final String FORMATS = "supportflow.formats";
  private static final String INDEX_KEYS = "index-keys";
  private static final String INDEX_KEYS_AS_VALUES = "values in MongoDB's order, as BSON";
  private static final String INDEX_MAP = "._index_";

  // What this backend writes starts with this byte; H2's object type starts a value with a type tag
  // between 0 and 119, none of them this.
  private static final byte BSON = (byte) 0xB5;

  private BsonH2Backend(MVStore store) {
    super(store);
  }

  /** The backend over {@code store}, its index maps first put in this backend's key order. */
  static BsonH2Backend over(MVStore store) {
    MVMap<String, String> formats = store.openMap(FORMATS);
    if (!INDEX_KEYS_AS_VALUES.equals(formats.get(INDEX_KEYS))) {
      store.getMapNames().stream().filter(name -> name.contains(INDEX_MAP)).toList()
          .forEach(name -> reorder(store, name));
      formats.put(INDEX_KEYS, INDEX_KEYS_AS_VALUES);
      store.commit();
    }
    return new BsonH2Backend(store);
  }

  /** An index map written in the stock order (by serialized bytes), written again in this order. */
  private static void reorder(MVStore store, String name) {
    MVMap<Object, Object> stock = store.openMap(name);
    List<Map.Entry<Object, Object>> entries = new ArrayList<>();
    stock.forEach((key, position) -> entries.add(Map.entry(key, position)));
    store.removeMap(stock);
    MVMap<KeyValue, Object> reordered = openIndexMap(store, name);
    entries.forEach(entry -> reordered.put((KeyValue) entry.getKey(), entry.getValue()));
  }

  /** Whether the value at the buffer's position is in this backend's form; if so, past its marker. */
  private static boolean markedAsBson(ByteBuffer buffer) {
    if (buffer.get(buffer.position()) != BSON) {
      return false;
    }
    buffer.get();
    return true;
  }

  /** A value the stock backend wrote. */
  private static Object stockForm(ByteBuffer buffer) {
    // A new one each time: H2's object type remembers the last type it saw, unsynchronized.
    return new ObjectDataType().read(buffer);
  }

  private static MVMap<KeyValue, Object> openIndexMap(MVStore store, String name) {
    return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
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

    /**
     * The stock index over a map opened here first with this backend's key type: the stock method
     * opens the map by name alone, and H2 hands back the map already open under that name.
     */
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
        boolean sparse) {
      openIndexMap(BsonH2Backend.this.getMvStore(), getFullCollectionNamespace(collectionName) + INDEX_MAP + indexName);
      return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
    }
  }

  /**
   * An index key: compared value by value in MongoDB's order, so a lookup costs no encoding; stored
   * as one marker byte, the number of values and a BSON document of them by position (a value
   * missing from the document is absent from it). A key without the marker is the stock form.
   */
  static final class IndexKeyType extends BasicDataType<KeyValue> {

    static final IndexKeyType INSTANCE = new IndexKeyType();

    private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(KeyValue one, KeyValue other) {
      int sizes = Integer.compare(one.size(), other.size());
      for (int i = 0; sizes == 0 && i < one.size(); i++) {
        sizes = ORDER.compare(one.get(i), other.get(i));
      }
      return sizes;
    }

    @Override
    public int getMemory(KeyValue key) {
      return (int) Math.min(Integer.MAX_VALUE, BsonDocumentType.footprint(key.stream().toList()));
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
      Document values = new Document();
      for (int i = 0; i < key.size(); i++) {
        if (!(key.get(i) instanceof Missing)) {
          values.put(Integer.toString(i), key.get(i));
        }
      }
      ByteBuf bson = Unpooled.buffer(64);
      try {
        BsonEncoder.encodeDocument(values, bson);
        buffer.put(BSON).putVarInt(key.size()).put(bson.nioBuffer());
      } finally {
        bson.release();
      }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
      if (!markedAsBson(buffer)) {
        return (KeyValue) stockForm(buffer);
      }
      int size = DataUtils.readVarInt(buffer);
      Document values = BsonDocumentType.readBson(buffer);
      List<Object> key = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        String position = Integer.toString(i);
        key.add(values.containsKey(position) ? values.get(position) : Missing.getInstance());
      }
      return new KeyValue(key);
    }

    @Override
    public KeyValue[] createStorage(int size) {
      return new KeyValue[size];
    }
  }

  /** A document as one marker byte and its BSON; anything else is the stock backend's form. */
  static final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

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
      return markedAsBson(buffer) ? readBson(buffer) : (Document) stockForm(buffer);
    }

    /** One BSON document from the buffer's position, which is left after it. */
    static Document readBson(ByteBuffer buffer) {
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
