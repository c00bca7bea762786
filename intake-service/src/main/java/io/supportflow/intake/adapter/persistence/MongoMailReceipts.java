package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.intake.application.mail.MailReceipts;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/** Mails read, one document per (tenant, Message-ID) as its _id: unique by construction. */
public final class MongoMailReceipts implements MailReceipts {

  private final MongoCollection<Document> receipts;

  public MongoMailReceipts(MongoDatabase database) {
    this.receipts = database.getCollection("mail_receipts");
  }

  @Override
  public Optional<Receipt> find(String tenantId, String messageId) {
    return Optional.ofNullable(receipts.find(eq("_id", id(tenantId, messageId))).first())
        .map(d -> new Receipt(messageId, d.getString("outcome"), d.getString("caseNumber"), d.getString("reason")));
  }

  @Override
  public void record(String tenantId, Receipt receipt) {
    try {
      receipts.insertOne(new Document("_id", id(tenantId, receipt.messageId()))
          .append("outcome", receipt.outcome())
          .append("caseNumber", receipt.caseNumber())
          .append("reason", receipt.reason())
          .append("readAt", new Date()));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }

  private static Document id(String tenantId, String messageId) {
    return new Document("tenantId", tenantId).append("messageId", messageId);
  }
}
