package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.supportflow.contracts.application.TenantEntries;
import io.supportflow.contracts.domain.TenantEntry;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** The operator's tenants in {@code tenantEntries}, with a {@code published} flag for the relay. */
public final class MongoTenantEntries extends RelayedDocuments<TenantEntry> implements TenantEntries {

  public MongoTenantEntries(MongoDatabase database) {
    super(database.getCollection("tenantEntries"));
  }

  @Override
  public boolean insert(TenantEntry entry) {
    return UniqueInserts.inserted(documents, new Document("_id", entry.tenantId())
        .append("name", entry.name())
        .append("zone", entry.zone().getId())
        .append("caseNumberPrefix", entry.caseNumberPrefix())
        .append("createdAt", Date.from(entry.createdAt()))
        .append("version", entry.version())
        .append("published", false));
  }

  @Override
  public Optional<TenantEntry> find(String tenantId) {
    return Optional.ofNullable(documents.find(eq("_id", tenantId)).first()).map(this::read);
  }

  @Override
  public List<TenantEntry> all() {
    return documents.find().sort(Sorts.ascending("_id")).map(this::read).into(new ArrayList<>());
  }

  @Override
  TenantEntry read(Document d) {
    return new TenantEntry(d.getString("_id"), d.getString("name"), ZoneId.of(d.getString("zone")),
        d.getString("caseNumberPrefix"), d.getDate("createdAt").toInstant(), d.get("version", Number.class).longValue());
  }
}
