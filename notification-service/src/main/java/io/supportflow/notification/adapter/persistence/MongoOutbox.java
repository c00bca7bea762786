package io.supportflow.notification.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.supportflow.notification.application.NotificationFailed;
import io.supportflow.notification.application.NotificationSent;
import io.supportflow.notification.application.Outbox;
import io.supportflow.notification.application.OutboxEntry;
import io.supportflow.notification.application.PendingNotification;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import java.util.Date;
import org.bson.Document;

/**
 * One document per notification, _id = notificationId, status PENDING, SENT or FAILED. The insert
 * of the pending entry is the claim: a duplicate key means an earlier delivery got there first, and
 * its state decides.
 */
public final class MongoOutbox implements Outbox {

  private static final String PENDING = "PENDING";
  private static final String SENT = "SENT";
  private static final String FAILED = "FAILED";

  private final MongoCollection<Document> outbox;

  public MongoOutbox(MongoDatabase database) {
    this.outbox = database.getCollection("outbox");
  }

  @Override
  public OutboxEntry open(PendingNotification n) {
    OutgoingMail mail = n.mail();
    try {
      outbox.insertOne(new Document("_id", mail.notificationId())
          .append("tenantId", n.tenantId())
          .append("caseId", n.caseId())
          .append("caseNumber", n.caseNumber())
          .append("kind", mail.kind().name())
          .append("recipient", mail.recipient())
          .append("subject", mail.subject())
          .append("messageId", mail.messageId())
          .append("fields", new Document(mail.fields()))
          .append("causeEventId", n.causeEventId())
          .append("inReplyTo", mail.inReplyTo())
          .append("status", PENDING)
          .append("attempts", 1)
          .append("createdAt", Date.from(n.createdAt())));
      return new OutboxEntry(mail.notificationId(), 1, null);
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
    // Pending: the earlier attempt failed before the mail server took the mail. Failed: a replay
    // from the dead-letter topic; it is being tried again.
    Document retried = outbox.findOneAndUpdate(
        and(eq("_id", mail.notificationId()), in("status", PENDING, FAILED)),
        Updates.combine(Updates.inc("attempts", 1), Updates.set("status", PENDING)),
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    if (retried != null) {
      return new OutboxEntry(mail.notificationId(), retried.getInteger("attempts"), null);
    }
    Document sent = outbox.find(eq("_id", mail.notificationId())).first();
    return new OutboxEntry(mail.notificationId(), sent.getInteger("attempts"), sent(sent));
  }

  @Override
  public void markSent(NotificationSent s) {
    outbox.updateOne(
        eq("_id", s.notificationId()),
        Updates.combine(
            Updates.set("status", SENT),
            Updates.set("attempts", s.attempts()),
            Updates.set("emitted", new Document("eventId", s.eventId())
                .append("occurredAt", Date.from(s.occurredAt())))));
  }

  @Override
  public void markFailed(NotificationFailed f) {
    outbox.updateOne(eq("_id", f.notificationId()), Updates.combine(
        Updates.set("lastFailure", f.failureReason()),
        Updates.set("lastFailedAt", Date.from(f.occurredAt()))));
  }

  @Override
  public void markGivenUp(NotificationFailed f) {
    outbox.updateOne(and(eq("_id", f.notificationId()), ne("status", SENT)), Updates.combine(
        Updates.set("status", FAILED),
        Updates.set("attempts", f.attempts()),
        Updates.set("lastFailure", f.failureReason()),
        Updates.set("lastFailedAt", Date.from(f.occurredAt()))));
  }

  private static NotificationSent sent(Document d) {
    Document emitted = d.get("emitted", Document.class);
    return new NotificationSent(
        emitted.getString("eventId"),
        emitted.getDate("occurredAt").toInstant(),
        d.getString("tenantId"),
        d.getString("caseId"),
        d.getString("caseNumber"),
        d.getString("_id"),
        NotificationKind.valueOf(d.getString("kind")),
        d.getString("recipient"),
        d.getString("subject"),
        d.getString("messageId"),
        d.getInteger("attempts"));
  }
}
