package io.supportflow.contracts.adapter.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;

/** Inserts that a unique key (the _id or a unique index) lets happen once. */
final class UniqueInserts {

  private UniqueInserts() {}

  /** Whether the document was inserted; false when one with the same unique key is there already. */
  static boolean inserted(MongoCollection<Document> collection, Document document) {
    try {
      collection.insertOne(document);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
        return false;
      }
      throw e;
    }
    return true;
  }

  /**
   * Inserts the documents with one unordered write; for each, whether it was inserted (false where a
   * document with the same unique key was there already, or earlier in the list).
   */
  static boolean[] insertedAll(MongoCollection<Document> collection, List<Document> documents) {
    boolean[] inserted = new boolean[documents.size()];
    Arrays.fill(inserted, true);
    if (documents.isEmpty()) {
      return inserted;
    }
    try {
      collection.insertMany(documents, new InsertManyOptions().ordered(false));
    } catch (MongoBulkWriteException e) {
      for (BulkWriteError error : e.getWriteErrors()) {
        if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        inserted[error.getIndex()] = false;
      }
    }
    return inserted;
  }
}
