package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Documents a relay publishes, one per thing by _id: every write stores the thing's version with
 * {@code published} false, and the relay sets it once that version is out. A later write clears it
 * again, so marking an older version published leaves the newer one waiting.
 *
 * @param <T> what a document holds
 */
abstract class RelayedDocuments<T> {

  protected final MongoCollection<Document> documents;

  RelayedDocuments(MongoCollection<Document> documents) {
    this.documents = documents;
  }

  /** The thing a document holds. */
  abstract T read(Document document);

  public List<T> unpublished() {
    return documents.find(eq("published", false)).map(this::read).into(new ArrayList<>());
  }

  public void markPublished(String id, long version) {
    documents.updateOne(and(eq("_id", id), eq("version", version)), Updates.set("published", true));
  }
}
