package io.supportflow.escalation.adapter.persistence;

import com.mongodb.client.MongoDatabase;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.timeline.mongo.MongoTimelineStore;

/** The walked cases in escalated_cases, one document per case through the kit's MongoTimelineStore. */
public final class MongoEscalatedCases {

  private MongoEscalatedCases() {}

  public static MongoTimelineStore<EscalationTerms> in(MongoDatabase database) {
    return new MongoTimelineStore<>(database.getCollection("escalated_cases"), new EscalationTermsDocuments());
  }
}
