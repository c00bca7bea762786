package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import io.supportflow.contracts.application.CaseQuotaLedger;
import io.supportflow.contracts.domain.CaseQuota.QuotaPeriod;
import org.bson.Document;

/**
 * A case quota as numbered slots: slot n of a contract's period is a document whose _id names it,
 * so two cases racing for the last slot cannot both get it (the unique _id decides), and a case
 * that holds a slot finds it again on redelivery instead of taking another.
 */
public final class MongoCaseQuotaLedger implements CaseQuotaLedger {

  private final MongoCollection<Document> slots;

  public MongoCaseQuotaLedger(MongoDatabase database) {
    this.slots = database.getCollection("caseQuotaSlots");
    slots.createIndex(Indexes.ascending("tenantId", "contractId", "periodFrom", "caseId"));
  }

  @Override
  public boolean claim(String tenantId, String contractId, QuotaPeriod period, String caseId) {
    String periodFrom = period.from().toString();
    var ofPeriod = and(eq("tenantId", tenantId), eq("contractId", contractId), eq("periodFrom", periodFrom));
    if (slots.countDocuments(and(ofPeriod, eq("caseId", caseId))) > 0) {
      return true;
    }
    for (int slot = (int) slots.countDocuments(ofPeriod) + 1; slot <= period.maxCases(); slot++) {
      if (UniqueInserts.inserted(slots, new Document("_id", tenantId + ":" + contractId + ":" + periodFrom + ":" + slot)
          .append("tenantId", tenantId)
          .append("contractId", contractId)
          .append("periodFrom", periodFrom)
          .append("periodTo", period.to().toString())
          .append("caseId", caseId))) {
        return true;
      }
      if (slots.countDocuments(and(ofPeriod, eq("caseId", caseId))) > 0) {
        return true; // our own earlier delivery took it a moment ago
      }
    }
    return false;
  }
}
