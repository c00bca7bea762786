package io.supportflow.contracts.adapter.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
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
}
