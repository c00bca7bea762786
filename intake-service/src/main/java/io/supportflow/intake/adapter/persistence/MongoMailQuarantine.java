package io.supportflow.intake.adapter.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.intake.application.mail.MailQuarantine;
import io.supportflow.intake.domain.InboundMail;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Unreadable mail from the webhook, kept raw (its size is bounded by the endpoint) with the reason;
 * and readable mail held from the case it named (a stranger's reply), kept as read.
 */
public final class MongoMailQuarantine implements MailQuarantine {

  private final MongoCollection<Document> quarantine;

  public MongoMailQuarantine(MongoDatabase database) {
    this.quarantine = database.getCollection("mail_quarantine");
  }

  @Override
  public String keep(String tenantId, byte[] rawMail, String reason) {
    String id = UUID.randomUUID().toString();
    quarantine.insertOne(new Document("_id", id)
        .append("tenantId", tenantId)
        .append("reason", reason)
        .append("size", rawMail.length)
        .append("raw", new Binary(rawMail))
        .append("keptAt", new Date()));
    return id;
  }

  @Override
  public String hold(String tenantId, InboundMail mail, String caseNumber, String reason) {
    // One entry per mail: read again after a crash, it is the same entry.
    Document id = new Document("tenantId", tenantId).append("messageId", mail.messageId());
    quarantine.updateOne(new Document("_id", id), new Document("$setOnInsert", new Document("tenantId", tenantId)
            .append("reason", reason)
            .append("caseNumber", caseNumber)
            .append("from", mail.fromAddress())
            .append("fromName", mail.fromName())
            .append("recipients", mail.recipients())
            .append("subject", mail.subject())
            .append("text", mail.text())
            .append("attachments", mail.attachments().stream().map(a -> new Document("name", a.name())
                .append("size", a.size()).append("contentType", a.contentType())).toList())
            .append("keptAt", new Date())),
        new com.mongodb.client.model.UpdateOptions().upsert(true));
    return mail.messageId();
  }
}
