package io.supportflow.sla.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import io.supportflow.sla.application.ReceivedCases;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.timeline.CaseTimeline;
import io.supportflow.timeline.mongo.MongoTimelineStore;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The timed cases in tracked_cases, one document per case through the kit's MongoTimelineStore,
 * and the report's query by tenant and receipt.
 */
public final class MongoTrackedCases implements ReceivedCases {

  private final MongoTimelineStore<SlaTerms> store;

  public MongoTrackedCases(MongoDatabase database) {
    MongoCollection<Document> cases = database.getCollection("tracked_cases");
    this.store = new MongoTimelineStore<>(cases, new SlaTermsDocuments());
    cases.createIndex(Indexes.ascending("tenantId", "receivedAt"));
  }

  /** The store the replay records and reads cases through. */
  public MongoTimelineStore<SlaTerms> timelines() {
    return store;
  }

  @Override
  public List<CaseTimeline<SlaTerms>> receivedBetween(String tenantId, Instant from, Instant to) {
    return store.matching(and(eq("tenantId", tenantId), gte("receivedAt", Date.from(from)), lt("receivedAt", Date.from(to))));
  }
}
