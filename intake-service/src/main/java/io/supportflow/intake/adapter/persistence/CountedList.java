package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.gt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A list in a document of what is still to do (to announce, to resolve), with its length kept
 * beside it in {@code <name>Count}: a relay finds the documents with something waiting through an
 * index on the count, and a gauge counts the backlog, without reading every document.
 */
record CountedList(String name) {

  String count() {
    return name + "Count";
  }

  /** A new document's list: empty. */
  Document emptyIn(Document document) {
    return document.append(name, List.of()).append(count(), 0);
  }

  Bson add(Object item) {
    return Updates.combine(Updates.push(name, item), Updates.inc(count(), 1));
  }

  Bson addAll(List<?> items) {
    return Updates.combine(Updates.pushEach(name, items), Updates.inc(count(), items.size()));
  }

  /** The documents with something listed. */
  Bson nonEmpty() {
    return gt(count(), 0);
  }

  /** Takes the item out of document {@code id}'s list and counts down, only while it is listed: taking twice is harmless. */
  void take(MongoCollection<Document> documents, String id, Object item) {
    take(documents, new Document("_id", id).append(name, item), item);
  }

  /** Takes out the sub-document whose {@code key} is {@code value}, as {@link #take} does. */
  void takeWhere(MongoCollection<Document> documents, String id, String key, Object value) {
    take(documents, new Document("_id", id).append(name + "." + key, value), new Document(key, value));
  }

  private void take(MongoCollection<Document> documents, Bson whileListed, Object item) {
    documents.updateOne(whileListed, Updates.combine(Updates.pull(name, item), Updates.inc(count(), -1)));
  }
}
