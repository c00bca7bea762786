package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's Mongo and mail servers as child JVMs of their own, supervised like the broker. */
class ChildJvmServersTest {

  @Test
  void theMongoServerInAJvmOfItsOwnKeepsItsDocumentsWhenItIsStoppedAndStartedAgain(@TempDir Path dir) {
    MongoWireServerJvm.Settings settings =
        new MongoWireServerJvm.Settings(dir.resolve("mongo.mv"), dir.resolve("mongo.log"), "127.0.0.1", PortCheck.freePort());
    String uri = "mongodb://127.0.0.1:" + settings.port();
    try (MongoWireServerJvm mongo = MongoWireServerJvm.start(settings); MongoClient client = MongoClients.create(uri)) {
      client.getDatabase("contracts").getCollection("tenants").insertOne(new Document("_id", "acme"));
    }

    try (MongoWireServerJvm mongo = MongoWireServerJvm.start(settings); MongoClient client = MongoClients.create(uri)) {
      MongoCollection<Document> tenants = client.getDatabase("contracts").getCollection("tenants");
      assertThat(tenants.find().first()).isEqualTo(new Document("_id", "acme"));
    }
  }

  @Test
  void theMailServerKilledUnderSupervisionComesBackWithItsMailboxes(@TempDir Path dir) throws Exception {
    MailServerJvm.Settings settings = new MailServerJvm.Settings(dir.resolve("mail.log"), "127.0.0.1",
        PortCheck.freePort(), PortCheck.freePort(), Map.of("ops@northwind.example", "secret"));
    try (SupervisedChild mail = SupervisedChild.watch(MailServerJvm.start(settings).process(),
        () -> MailServerJvm.start(settings).process(), RestartBackoff.localStack(), line -> { }, Clock.systemUTC())) {
      ChildJvm first = mail.current();
      first.process().destroyForcibly().waitFor();
      org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90))
          .until(() -> mail.restartCount() == 1 && mail.current().isAlive());

      GreenMailUtil.sendTextEmail("ops@northwind.example", "support@acme-support.example", "Case ACME-1001 opened",
          "Hello", new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

      assertThat(subjectsIn("ops@northwind.example", "secret", settings.imapPort()))
          .containsExactly("Case ACME-1001 opened");
    }
  }

  private static java.util.List<String> subjectsIn(String login, String password, int imapPort) throws Exception {
    Properties imap = new Properties();
    imap.put("mail.imap.host", "127.0.0.1");
    imap.put("mail.imap.port", String.valueOf(imapPort));
    Store store = Session.getInstance(imap).getStore("imap");
    store.connect(login, password);
    try {
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      java.util.List<String> subjects = new java.util.ArrayList<>();
      for (Message message : inbox.getMessages()) {
        subjects.add(message.getSubject());
      }
      inbox.close(false);
      return subjects;
    } finally {
      store.close();
    }
  }
}
