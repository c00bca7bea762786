package io.supportflow.intake.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.supportflow.infra.stack.TestStack;
import io.supportflow.intake.domain.Attachment;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Attachment content in GridFS on the Mongo wire server the stack runs: chunked, per tenant, once. */
class GridFsAttachmentStoreTest {

  private final MongoClient client = MongoClients.create(TestStack.shared().mongoUri());
  private final GridFsAttachmentStore store =
      new GridFsAttachmentStore(client.getDatabase("intake-attachments-test"));

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aFileLargerThanOneChunkComesBackByteForByte() {
    byte[] content = new byte[700_000]; // GridFS chunks are 255 KB: three chunks
    new Random(7).nextBytes(content);
    String id = UUID.randomUUID().toString();

    store.put("acme", file(id, content));

    assertThat(store.content("acme", id)).hasValueSatisfying(read -> assertThat(read).isEqualTo(content));
  }

  @Test
  void storingTheSameFileAgainChangesNothing() {
    String id = UUID.randomUUID().toString();
    store.put("acme", file(id, "first".getBytes()));
    store.put("acme", file(id, "second".getBytes()));

    assertThat(store.content("acme", id)).hasValueSatisfying(read -> assertThat(read).isEqualTo("first".getBytes()));
    assertThat(client.getDatabase("intake-attachments-test").getCollection("attachments.files")
        .countDocuments(new org.bson.Document("_id", "acme/" + id))).isEqualTo(1);
  }

  @Test
  void anotherTenantOrAnUnknownIdFindsNothing() {
    String id = UUID.randomUUID().toString();
    store.put("acme", file(id, "secret".getBytes()));

    assertThat(store.content("globex", id)).isEmpty();
    assertThat(store.content("acme", UUID.randomUUID().toString())).isEmpty();
  }

  private static Attachment file(String id, byte[] content) {
    return new Attachment(id, "trace.bin", content.length, "application/octet-stream", "application/pdf", content);
  }
}
