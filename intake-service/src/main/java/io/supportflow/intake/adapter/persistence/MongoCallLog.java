package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.supportflow.intake.application.phone.CallLog;
import io.supportflow.intake.domain.CallEvent;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;

/** One document per (tenant, call id); each event sets its own timestamp, so order does not matter. */
public final class MongoCallLog implements CallLog {

  private final MongoCollection<Document> calls;

  public MongoCallLog(MongoDatabase database) {
    this.calls = database.getCollection("calls");
  }

  @Override
  public void record(String tenantId, CallEvent event) {
    String at = switch (event.kind()) {
      case NEW_CALL -> "ringingAt";
      case ANSWERED -> "answeredAt";
      case HANG_UP -> "endedAt";
    };
    Bson update = Updates.combine(
        Updates.set(at, Date.from(event.at())),
        Updates.set("direction", event.direction().name()),
        Updates.setOnInsert("from", event.from() == null ? null : event.from().e164()),
        Updates.setOnInsert("to", event.to()));
    Bson call = eq("_id", new Document("tenantId", tenantId).append("callId", event.callId()));
    try {
      calls.updateOne(call, update, new UpdateOptions().upsert(true));
    } catch (MongoWriteException e) {
      // Two first events of one call can race to insert it; the loser updates the winner's.
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      calls.updateOne(call, update);
    }
  }
}
