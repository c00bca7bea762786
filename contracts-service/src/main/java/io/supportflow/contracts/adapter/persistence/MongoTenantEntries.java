package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.supportflow.contracts.application.TenantEntries;
import io.supportflow.contracts.domain.TenantEntry;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The operator's tenants in {@code tenantEntries}, with a {@code published} flag for the relay. */
public final class MongoTenantEntries implements TenantEntries {

  private final MongoCollection<Document> entries;

  public MongoTenantEntries(MongoDatabase database) {
    this.entries = database.getCollection("tenantEntries");
  }

  @Override
  public boolean insert(TenantEntry entry) {
    try {
      entries.insertOne(new Document("_id", entry.tenantId())
          .append("name", entry.name())
          .append("zone", entry.zone().getId())
          .append("caseNumberPrefix", entry.caseNumberPrefix())
          .append("createdAt", Date.from(entry.createdAt()))
          .append("version", entry.version())
          .append("published", false));
      return true;
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      return false;
    }
  }

  @Override
  public Optional<TenantEntry> find(String tenantId) {
    return Optional.ofNullable(entries.find(eq("_id", tenantId)).first()).map(MongoTenantEntries::entry);
  }

  @Override
  public List<TenantEntry> all() {
    return entries.find().sort(Sorts.ascending("_id")).map(MongoTenantEntries::entry).into(new ArrayList<>());
  }

  @Override
  public List<TenantEntry> unpublished() {
    return entries.find(eq("published", false)).map(MongoTenantEntries::entry).into(new ArrayList<>());
  }

  @Override
  public void markPublished(String tenantId, long version) {
    entries.updateOne(and(eq("_id", tenantId), eq("version", version)), Updates.set("published", true));
  }

  private static TenantEntry entry(Document d) {
    return new TenantEntry(d.getString("_id"), d.getString("name"), ZoneId.of(d.getString("zone")),
        d.getString("caseNumberPrefix"), d.getDate("createdAt").toInstant(), d.get("version", Number.class).longValue());
  }
}
