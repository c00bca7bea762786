package io.supportflow.contracts.adapter.persistence;

import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/** Values kept in a document as their JSON (a sub-document), written and read with one mapper. */
record JsonDocuments(JsonMapper json) {

  Document document(Object value) {
    return Document.parse(json.writeValueAsString(value));
  }

  /** The value a document holds in {@code field}. */
  <T> T read(Document holder, String field, Class<T> type) {
    return read(holder.get(field, Document.class), type);
  }

  <T> T read(Document value, Class<T> type) {
    return json.readValue(value.toJson(), type);
  }
}
