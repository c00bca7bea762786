package io.supportflow.intake.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.supportflow.infra.testing.ScannedFilters;
import io.supportflow.infra.testing.TestDatabases;
import io.supportflow.observability.tracing.CaseTraces;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * The writes each case gets on its way (its customer once decided, its mail participants) are served
 * from an index on the local stack's wire server instead of a scan of every case, and still hold
 * the tenant in their filter.
 */
class CaseFiltersTest {

  private final MongoDatabase database = TestDatabases.fresh("intake-case-filters");
  private final MongoCaseFiles files = new MongoCaseFiles(database, CaseTraces.NONE);
  private final MongoCaseCustomers customers = new MongoCaseCustomers(database);
  private final MongoCollection<Document> cases = database.getCollection("cases");

  @Test
  void theCustomerIsSetOnceByAnIndexServedWriteOfTheTenantsCase() {
    cases.insertOne(new Document("_id", "c1").append("tenantId", "acme"));

    assertThat(ScannedFilters.during(database, "cases", () -> customers.identify("acme", "c1", "northwind"))).isEmpty();
    customers.identify("acme", "c1", "contoso");
    customers.identify("globex", "c1", "initech");

    assertThat(cases.find(new Document("_id", "c1")).first().getString("customerId")).isEqualTo("northwind");
  }

  @Test
  void participantsAreAddedByAnIndexServedWriteOfTheTenantsCaseOnly() {
    cases.insertOne(new Document("_id", "c1").append("tenantId", "acme"));

    assertThat(ScannedFilters.during(database, "cases",
        () -> files.addParticipants("acme", "c1", List.of(" Ops@Northwind.example ")))).isEmpty();
    files.addParticipants("globex", "c1", List.of("mallory@globex.example"));

    assertThat(cases.find(new Document("_id", "c1")).first().getList("participants", String.class))
        .containsExactly("ops@northwind.example");
  }
}
