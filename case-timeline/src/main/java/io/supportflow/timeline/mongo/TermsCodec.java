package io.supportflow.timeline.mongo;

import org.bson.Document;

/** A service's terms as the "terms" sub-document of its case documents. */
public interface TermsCodec<T> {

  Document write(T terms);

  T read(Document terms);
}
