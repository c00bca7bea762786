package io.supportflow.contracts.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.supportflow.contracts.adapter.format.PolicyFormat;
import io.supportflow.contracts.application.NotFoundException;
import io.supportflow.contracts.application.PolicyChangedConcurrently;
import io.supportflow.contracts.application.StoredPolicy;
import io.supportflow.contracts.domain.Tenant;
import io.supportflow.contracts.domain.TenantPolicy;
import io.supportflow.infra.stack.TestStack;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The revision-guarded save against the Mongo wire server. */
class MongoTenantPoliciesTest {

  private final MongoClient client = MongoClients.create(TestStack.shared().mongoUri());
  private final MongoDatabase database = client.getDatabase("contracts-policies-test-" + UUID.randomUUID());
  private final MongoTenantPolicies policies = new MongoTenantPolicies(database, PolicyFormat.json());
  private final TenantPolicy acme = TenantPolicy.empty(Tenant.named("acme", "ACME", ZoneOffset.UTC));

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void aSaveAtTheRevisionReadStoresTheNextAndAStaleOneIsRefused() {
    policies.createIfAbsent(acme);
    TenantPolicy renamed = acme.withTenant(Tenant.named("acme", "ACME Support", ZoneOffset.UTC));

    policies.save(new StoredPolicy(renamed, 2), 1, List.of());

    assertThatThrownBy(() -> policies.save(new StoredPolicy(acme, 2), 1, List.of()))
        .isInstanceOf(PolicyChangedConcurrently.class);
    assertThat(policies.find("acme")).hasValueSatisfying(stored -> {
      assertThat(stored.revision()).isEqualTo(2);
      assertThat(stored.policy().tenant().name()).isEqualTo("ACME Support");
    });
  }

  @Test
  void savingATenantThatDoesNotExistIsNotFound() {
    assertThatThrownBy(() -> policies.save(new StoredPolicy(acme, 2), 1, List.of()))
        .isInstanceOf(NotFoundException.class);
    assertThat(policies.find("acme")).isEmpty();
  }

  @Test
  void aPolicyIsReadWholeAgainOnlyWhenItsRevisionMoved() {
    policies.createIfAbsent(acme);
    StoredPolicy first = policies.find("acme").orElseThrow();
    assertThat(policies.find("acme")).containsSame(first);

    // Another replica edits the policy: the next find sees it, whatever this one read before.
    MongoTenantPolicies otherReplica = new MongoTenantPolicies(database, PolicyFormat.json());
    TenantPolicy renamed = acme.withTenant(Tenant.named("acme", "ACME Support", ZoneOffset.UTC));
    otherReplica.save(new StoredPolicy(renamed, 2), 1, List.of());

    assertThat(policies.find("acme")).hasValueSatisfying(stored -> {
      assertThat(stored.revision()).isEqualTo(2);
      assertThat(stored.policy()).isEqualTo(renamed);
    });
    database.getCollection("tenantPolicies").deleteOne(new org.bson.Document("_id", "acme"));
    assertThat(policies.find("acme")).isEmpty();
  }
}
