package io.supportflow.contracts.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import io.supportflow.contracts.application.NotFoundException;
import io.supportflow.contracts.application.PendingContractChange;
import io.supportflow.contracts.application.PolicyChangedConcurrently;
import io.supportflow.contracts.application.StoredPolicy;
import io.supportflow.contracts.application.TenantPolicies;
import io.supportflow.contracts.domain.TenantPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import tools.jackson.databind.json.JsonMapper;

/**
 * One document per tenant: {_id: tenantId, revision, policy, pendingChanges}.
 * A policy edit and the contract changes it makes are one single-document write, conditional on
 * the revision read, so concurrent edits cannot overwrite each other and no change event is lost
 * (no multi-document transaction needed). Every query is an equality on typed values: nothing a
 * caller sends becomes a query operator.
 *
 * <p>A policy is read whole only when its revision moved since this instance last read it: every
 * poll of requests looks its tenants' policies up, and decoding and mapping a whole policy was a fifth
 * of contracts' CPU under the pipeline's load (JFR, 2026-12-07). The revision is read each time, and
 * every write moves it, so a policy returned is never older than the stored one.
 */
public final class MongoTenantPolicies implements TenantPolicies {

  private final MongoCollection<Document> tenants;
  private final JsonDocuments json;
  private final Map<String, StoredPolicy> lastRead = new ConcurrentHashMap<>();

  public MongoTenantPolicies(MongoDatabase database, JsonMapper json) {
    this.tenants = database.getCollection("tenantPolicies");
    this.json = new JsonDocuments(json);
  }

  @Override
  public Optional<StoredPolicy> find(String tenantId) {
    StoredPolicy known = lastRead.get(tenantId);
    if (known != null && known.revision() == storedRevision(tenantId)) {
      return Optional.of(known);
    }
    Document d = tenants.find(eq("_id", tenantId))
        .projection(Projections.include("revision", "policy")).first();
    if (d == null) {
      lastRead.remove(tenantId);
      return Optional.empty();
    }
    StoredPolicy read = new StoredPolicy(json.read(d, "policy", TenantPolicy.class), revision(d));
    lastRead.put(tenantId, read);
    return Optional.of(read);
  }

  // -1 for a tenant no longer stored: no policy read has that revision.
  private long storedRevision(String tenantId) {
    Document head = tenants.find(eq("_id", tenantId)).projection(Projections.include("revision")).first();
    return head == null ? -1 : revision(head);
  }

  private static long revision(Document tenant) {
    return tenant.get("revision", Number.class).longValue();
  }

  @Override
  public void save(StoredPolicy next, long expectedRevision, List<PendingContractChange> changes) {
    String tenantId = next.policy().tenantId();
    List<Bson> updates = new ArrayList<>(List.of(
        Updates.set("policy", json.document(next.policy())),
        Updates.set("revision", next.revision())));
    if (!changes.isEmpty()) {
      updates.add(Updates.pushEach("pendingChanges", changes.stream().map(json::document).toList()));
    }
    UpdateResult result = tenants.updateOne(
        new Document("_id", tenantId).append("revision", expectedRevision), Updates.combine(updates));
    if (result.getMatchedCount() == 0) {
      if (tenants.countDocuments(eq("_id", tenantId)) == 0) {
        throw new NotFoundException("No tenant " + tenantId);
      }
      throw new PolicyChangedConcurrently(tenantId);
    }
  }

  @Override
  public List<PendingContractChange> pendingChanges(String tenantId) {
    Document d = tenants.find(eq("_id", tenantId)).projection(Projections.include("pendingChanges")).first();
    if (d == null || d.getList("pendingChanges", Document.class) == null) {
      return List.of();
    }
    return d.getList("pendingChanges", Document.class).stream()
        .map(c -> json.read(c, PendingContractChange.class))
        .toList();
  }

  @Override
  public List<String> tenantsWithPendingChanges() {
    List<String> ids = new ArrayList<>();
    tenants.find(exists("pendingChanges.0")).projection(Projections.include("_id"))
        .forEach(d -> ids.add(d.getString("_id")));
    return ids;
  }

  @Override
  public void markPublished(String tenantId, String eventId) {
    tenants.updateOne(eq("_id", tenantId), Updates.pull("pendingChanges", new Document("eventId", eventId)));
  }

  @Override
  public void createIfAbsent(TenantPolicy initial) {
    tenants.updateOne(eq("_id", initial.tenantId()),
        Updates.combine(
            Updates.setOnInsert("policy", json.document(initial)),
            Updates.setOnInsert("revision", 1L)),
        new UpdateOptions().upsert(true));
  }
}
