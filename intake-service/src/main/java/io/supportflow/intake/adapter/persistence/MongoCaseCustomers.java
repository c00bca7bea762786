package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.supportflow.intake.application.CaseCustomers;
import io.supportflow.intake.domain.CaseFile;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The customer of the case documents (field customerId of cases) and a customer's cases by it. */
public final class MongoCaseCustomers implements CaseCustomers {

  private final MongoCollection<Document> cases;

  public MongoCaseCustomers(MongoDatabase database) {
    this.cases = database.getCollection("cases");
    cases.createIndex(Indexes.compoundIndex(Indexes.ascending("tenantId", "customerId"),
        Indexes.descending("receivedAt", "_id")));
    // identify's filter is exactly these keys, which the local stack's wire server serves from an index
    // (any other shape scans every case there); on MongoDB _id alone would do.
    cases.createIndex(Indexes.ascending("_id", "tenantId", "customerId"),
        new IndexOptions().unique(true).name("_id_tenantId_customerId"));
  }

  @Override
  public void identify(String tenantId, String caseId, String customerId) {
    // Only while unknown: a redelivered decision finds it set; a case opened with a customer's key keeps its customer.
    cases.updateOne(new Document("_id", caseId).append("tenantId", tenantId).append("customerId", null),
        Updates.set("customerId", customerId));
  }

  /** One unordered bulk write of the same conditional updates. */
  @Override
  public void identifyAll(List<CustomerOfCase> identified) {
    cases.bulkWrite(identified.stream().<WriteModel<Document>>map(c -> new UpdateOneModel<>(
            new Document("_id", c.caseId()).append("tenantId", c.tenantId()).append("customerId", null),
            Updates.set("customerId", c.customerId()))).toList(),
        new BulkWriteOptions().ordered(false));
  }

  @Override
  public List<CaseFile> ofCustomer(String tenantId, String customerId, After after, int limit) {
    Bson filter = and(eq("tenantId", tenantId), eq("customerId", customerId));
    if (after != null) {
      Date at = Date.from(after.receivedAt());
      filter = and(filter, or(lt("receivedAt", at), and(eq("receivedAt", at), lt("_id", after.caseId()))));
    }
    return cases.find(filter).sort(Sorts.descending("receivedAt", "_id")).limit(limit)
        .map(CaseDocuments::file).into(new ArrayList<>());
  }
}
