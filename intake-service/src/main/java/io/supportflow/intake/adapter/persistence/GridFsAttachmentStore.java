package io.supportflow.intake.adapter.persistence;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import io.supportflow.intake.application.AttachmentStore;
import io.supportflow.intake.domain.Attachment;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.bson.BsonString;
import org.bson.Document;

/**
 * Attachment content in GridFS (bucket {@code attachments}: files and 255 KB chunks), the tenant in
 * the file id so one tenant's id never opens another's file. The id follows from the mail that
 * brought the file, so storing it again after a crash finds it there and does nothing.
 */
public final class GridFsAttachmentStore implements AttachmentStore {

  private final GridFSBucket bucket;

  public GridFsAttachmentStore(MongoDatabase database) {
    this.bucket = GridFSBuckets.create(database, "attachments");
  }

  @Override
  public void put(String tenantId, Attachment file) {
    BsonString id = id(tenantId, file.id());
    if (bucket.find(new Document("_id", id)).first() != null) {
      return;
    }
    bucket.uploadFromStream(id, file.name(), new ByteArrayInputStream(file.content()),
        new GridFSUploadOptions().metadata(new Document("tenantId", tenantId)
            .append("contentType", file.contentType())
            .append("declaredType", file.declaredType())));
  }

  @Override
  public Optional<byte[]> content(String tenantId, String attachmentId) {
    try (GridFSDownloadStream in = bucket.openDownloadStream(id(tenantId, attachmentId))) {
      return Optional.of(in.readAllBytes());
    } catch (MongoGridFSException missing) {
      return Optional.empty();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static BsonString id(String tenantId, String attachmentId) {
    return new BsonString(tenantId + "/" + attachmentId);
  }
}
