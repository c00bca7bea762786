package io.supportflow.intake.adapter.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.intake.application.MailQuarantine;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;

/** Unreadable mail from the webhook, kept raw (its size is bounded by the endpoint) with the reason. */
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
}
