package io.supportflow.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The wire server counts its commands by collection, command and filter shape, values left out. */
class CommandCostsTest {

  @Test
  void commandsAreCountedByCollectionCommandAndTheShapeOfTheirFilter() {
    try (MongoWireServer server = MongoWireServer.inMemory("127.0.0.1", 0);
        MongoClient client = MongoClients.create(server.connectionString())) {
      MongoCollection<Document> cases = client.getDatabase("intake").getCollection("cases");
      cases.insertOne(new Document("_id", "c1").append("revision", 1L));
      cases.insertMany(List.of(new Document("_id", "c2"), new Document("_id", "c3")));
      cases.updateOne(new Document("_id", "c1").append("revision", 1L), Updates.set("revision", 2L));
      cases.updateOne(new Document("_id", "c2").append("revision", 7L), Updates.set("revision", 8L));
      cases.find(Filters.and(Filters.eq("tenantId", "acme"), Filters.gt("revision", 0L))).first();

      assertThat(server.costs(50)).anySatisfy(line -> assertThat(line).matches(
              " +[0-9.]+ +2 +[0-9]+  intake\\.cases update \\{_id, revision}"))
          .anySatisfy(line -> assertThat(line).matches(" +[0-9.]+ +1 +[0-9]+  intake\\.cases insert"))
          .anySatisfy(line -> assertThat(line).endsWith("intake.cases insert (bulk)"))
          .anySatisfy(line -> assertThat(line).endsWith("intake.cases find {$and: [{tenantId}, {revision: {$gt}}]}"))
          .noneSatisfy(line -> assertThat(line).contains("acme"));
    }
  }
}
