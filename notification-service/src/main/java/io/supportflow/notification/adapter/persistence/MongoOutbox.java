package io.supportflow.notification.adapter.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.supportflow.notification.application.NotificationFailed;
import io.supportflow.notification.application.NotificationSent;
import io.supportflow.notification.application.Outbox;
import io.supportflow.notification.application.OutboxEntry;
import io.supportflow.notification.application.PendingNotification;
import io.supportflow.notification.application.WaitingMail;
import io.supportflow.notification.domain.NotificationKind;
import io.supportflow.notification.domain.OutgoingMail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * One document per notification, _id = notificationId, status PENDING, SENT or FAILED; a pending
 * entry with a retryAt waits for the redelivery (which leases it by moving retryAt on and marking it
 * leased until its outcome). The insert
 * of the pending entry is the claim: a duplicate key means an earlier delivery got there first, and
 * its state decides. The entry keeps the whole mail, so the redelivery can send it without its event.
 */
public final class MongoOutbox implements Outbox {

  private static final String PENDING = "PENDING";
  private static final String SENT = "SENT";
  private static final String FAILED = "FAILED";

  private final MongoCollection<Document> outbox;

  public MongoOutbox(MongoDatabase database) {
    this.outbox = database.getCollection("outbox");
    // The redelivery asks every second for the few entries waiting; without this it would read every
    // mail ever sent each time (the local stack's wire server ignores it and does: 10 ms a query at
    // 12,500 mails, docs/performance.md).
    outbox.createIndex(Indexes.ascending("status", "retryAt"));
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
    // Pending without a retry time: the earlier attempt died before its outcome. Failed: a replay
    // of its event; it is tried again. Waiting (a retry time): the redelivery's, left alone.
    Document retried = outbox.findOneAndUpdate(
        and(eq("_id", mail.notificationId()),
            or(eq("status", FAILED), and(eq("status", PENDING), exists("retryAt", false)))),
        Updates.combine(Updates.inc("attempts", 1), Updates.set("status", PENDING), Updates.unset("retryAt")),
        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    if (retried != null) {
      return new OutboxEntry(mail.notificationId(), retried.getInteger("attempts"), null);
    }
    Document found = outbox.find(eq("_id", mail.notificationId())).first();
    if (SENT.equals(found.getString("status"))) {
      return new OutboxEntry(mail.notificationId(), found.getInteger("attempts"), sent(found));
    }
    return new OutboxEntry(mail.notificationId(), found.getInteger("attempts"), null, true);
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
  public void defer(NotificationFailed f, Instant retryAt) {
    outbox.updateOne(and(eq("_id", f.notificationId()), eq("status", PENDING)), Updates.combine(
        Updates.set("lastFailure", f.failureReason()),
        Updates.set("lastFailedAt", Date.from(f.occurredAt())),
        Updates.set("retryAt", Date.from(retryAt)),
        Updates.set("leased", false)));
  }

  @Override
  public void makeWaitingDue(Instant now) {
    // A leased entry's retryAt is its lease; moving it would let a second instance take it.
    outbox.updateMany(and(eq("status", PENDING), gt("retryAt", Date.from(now)), ne("leased", true)),
        Updates.set("retryAt", Date.from(now)));
  }

  @Override
  public List<WaitingMail> leaseDue(Instant now, Instant leaseUntil, int limit) {
    List<WaitingMail> leased = new ArrayList<>();
    while (leased.size() < limit) {
      // One entry per round trip, each taken by exactly one instance: the filter and the move of
      // retryAt happen in one atomic update.
      Document d = outbox.findOneAndUpdate(
          and(eq("status", PENDING), lte("retryAt", Date.from(now))),
          Updates.combine(Updates.set("retryAt", Date.from(leaseUntil)), Updates.set("leased", true),
              Updates.inc("attempts", 1)),
          new FindOneAndUpdateOptions().sort(Sorts.ascending("retryAt")).returnDocument(ReturnDocument.AFTER));
      if (d == null) {
        break;
      }
      leased.add(new WaitingMail(pending(d), d.getInteger("attempts")));
    }
    return leased;
  }

  @Override
  public void markGivenUp(NotificationFailed f) {
    outbox.updateOne(and(eq("_id", f.notificationId()), ne("status", SENT)), Updates.combine(
        Updates.set("status", FAILED),
        Updates.unset("retryAt"),
        Updates.set("attempts", f.attempts()),
        Updates.set("lastFailure", f.failureReason()),
        Updates.set("lastFailedAt", Date.from(f.occurredAt()))));
  }

  private static PendingNotification pending(Document d) {
    Map<String, String> fields = new LinkedHashMap<>();
    d.get("fields", Document.class).forEach((name, value) -> fields.put(name, (String) value));
    OutgoingMail mail = new OutgoingMail(d.getString("tenantId"), d.getString("_id"),
        NotificationKind.valueOf(d.getString("kind")), d.getString("messageId"), d.getString("recipient"),
        d.getString("subject"), fields, d.getString("inReplyTo"));
    return new PendingNotification(d.getString("tenantId"), d.getString("caseId"), d.getString("caseNumber"),
        d.getString("causeEventId"), mail, d.getDate("createdAt").toInstant());
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
