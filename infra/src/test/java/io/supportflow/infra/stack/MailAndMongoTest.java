package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.util.Properties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailAndMongoTest {

  @Test
  void mailSentOverSmtpIsReadOverImapByTheMailboxOwner() throws Exception {
    try (MailServer mail = MailServer.start("127.0.0.1", 0, 0)) {
      mail.addUser("ops@northwind.example", "ops@northwind.example", "secret");

      GreenMailUtil.sendTextEmail(
          "ops@northwind.example", "support@acme-support.example", "Case ACME-1001 opened", "Hello",
          mail.greenMail().getSmtp().getServerSetup());

      Properties imap = new Properties();
      imap.put("mail.imap.host", "127.0.0.1");
      imap.put("mail.imap.port", String.valueOf(mail.imapPort()));
      Store store = Session.getInstance(imap).getStore("imap");
      store.connect("ops@northwind.example", "secret");
      try {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        Message[] messages = inbox.getMessages();
        assertThat(messages).extracting(Message::getSubject).containsExactly("Case ACME-1001 opened");
        inbox.close(false);
      } finally {
        store.close();
      }
    }
  }

  @Test
  void theFileBackedMongoServerKeepsDocumentsAcrossARestart(@TempDir Path dir) {
    Path file = dir.resolve("mongo.mv");
    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      client.getDatabase("contracts").getCollection("tenants").insertOne(new Document("_id", "acme"));
    }

    try (MongoWireServer mongo = MongoWireServer.onFile(file, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(mongo.connectionString())) {
      MongoCollection<Document> tenants = client.getDatabase("contracts").getCollection("tenants");
      assertThat(tenants.find().first()).isEqualTo(new Document("_id", "acme"));
    }
  }

  @Test
  void theTestStackPointsSpringAtItsServers() {
    TestStack stack = TestStack.shared();

    assertThat(stack.springProperties())
        .containsEntry("spring.cloud.stream.kafka.binder.brokers", stack.kafkaBootstrapServers())
        .containsEntry("spring.kafka.bootstrap-servers", stack.kafkaBootstrapServers())
        .containsEntry("supportflow.schema-registry.url", stack.schemaRegistryUrl())
        .containsEntry("spring.cloud.stream.kafka.binder.configuration.schema.registry.url", stack.schemaRegistryUrl())
        .containsEntry("spring.mongodb.uri", stack.mongoUri())
        .containsEntry("spring.mail.host", "127.0.0.1")
        .containsEntry("spring.mail.port", String.valueOf(stack.smtpPort()))
        .hasSize(7);
    assertThat(stack.schemaRegistryUrl()).matches("http://127\\.0\\.0\\.1:\\d+/apis/ccompat/v7");
    assertThat(stack.mongoUri()).matches("mongodb://127\\.0\\.0\\.1:\\d+");
    assertThat(stack.imapPort()).isNotEqualTo(stack.smtpPort()).isPositive();
  }
}
