package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.supportflow.contracts.application.IssuedKeys;
import io.supportflow.contracts.domain.ApiKeyRole;
import io.supportflow.contracts.domain.IssuedKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Issued keys in {@code apiKeys}, one document per key by its digest (never the key), with a
 * {@code published} flag cleared by every change and set once its state is on tenants.keys; the key
 * revision of each tenant in {@code apiKeyRevisions}.
 */
public final class MongoIssuedKeys extends RelayedDocuments<IssuedKey> implements IssuedKeys {

  private final MongoCollection<Document> revisions;

  public MongoIssuedKeys(MongoDatabase database) {
    super(database.getCollection("apiKeys"));
    this.revisions = database.getCollection("apiKeyRevisions");
    documents.createIndex(Indexes.ascending("prefix"), new IndexOptions().unique(true));
    documents.createIndex(Indexes.ascending("tenantId"));
    documents.createIndex(Indexes.ascending("published"));
  }

  @Override
  public boolean insert(IssuedKey key) {
    return UniqueInserts.inserted(documents, document(key));
  }

  @Override
  public Optional<IssuedKey> byPrefix(String tenantId, String prefix) {
    return Optional.ofNullable(documents.find(and(eq("prefix", prefix), eq("tenantId", tenantId))).first())
        .map(this::read);
  }

  @Override
  public Optional<IssuedKey> byDigest(String digest) {
    return Optional.ofNullable(documents.find(eq("_id", digest)).first()).map(this::read);
  }

  @Override
  public List<IssuedKey> ofTenant(String tenantId) {
    return documents.find(eq("tenantId", tenantId)).sort(Sorts.descending("issuedAt")).map(this::read)
        .into(new ArrayList<>());
  }

  @Override
  public boolean update(IssuedKey next) {
    return documents.replaceOne(and(eq("_id", next.digest()), eq("version", next.version() - 1)), document(next))
        .getMatchedCount() == 1;
  }

  @Override
  public long revision(String tenantId) {
    Document revision = revisions.find(eq("_id", tenantId)).first();
    return revision == null ? 0 : revision.get("revision", Number.class).longValue();
  }

  @Override
  public Optional<Long> raiseRevision(String tenantId, Long expected) {
    if (expected != null && expected == 0) {
      boolean first = UniqueInserts.inserted(revisions, new Document("_id", tenantId).append("revision", 1L));
      return first ? Optional.of(1L) : Optional.empty();
    }
    Bson filter = expected == null ? eq("_id", tenantId) : and(eq("_id", tenantId), eq("revision", expected));
    Document raised = revisions.findOneAndUpdate(filter, Updates.inc("revision", 1L),
        new FindOneAndUpdateOptions().upsert(expected == null).returnDocument(ReturnDocument.AFTER));
    return Optional.ofNullable(raised).map(d -> d.get("revision", Number.class).longValue());
  }

  private static Document document(IssuedKey key) {
    return new Document("_id", key.digest())
        .append("prefix", key.prefix())
        .append("tenantId", key.tenantId())
        .append("role", key.role().name())
        .append("subject", key.subject())
        .append("issuedAt", Date.from(key.issuedAt()))
        .append("expiresAt", key.expiresAt() == null ? null : Date.from(key.expiresAt()))
        .append("revokedAt", key.revokedAt() == null ? null : Date.from(key.revokedAt()))
        .append("version", key.version())
        .append("published", false);
  }

  @Override
  IssuedKey read(Document d) {
    return new IssuedKey(d.getString("prefix"), d.getString("_id"), d.getString("tenantId"),
        ApiKeyRole.valueOf(d.getString("role")), d.getString("subject"), instant(d.getDate("issuedAt")),
        instant(d.getDate("expiresAt")), instant(d.getDate("revokedAt")), d.get("version", Number.class).longValue());
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
