package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.supportflow.intake.application.TenantDirectory;
import io.supportflow.intake.domain.Tenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** Tenants with the SHA-256 digests of their API keys: a stolen database holds no usable key. */
public final class MongoTenantDirectory implements TenantDirectory {

  private final MongoCollection<Document> tenants;

  public MongoTenantDirectory(MongoDatabase database) {
    this.tenants = database.getCollection("tenants");
    tenants.createIndex(Indexes.ascending("apiKeyDigests"));
  }

  @Override
  public Optional<Tenant> byId(String tenantId) {
    return Optional.ofNullable(tenants.find(eq("_id", tenantId)).first()).map(MongoTenantDirectory::tenant);
  }

  @Override
  public Optional<Tenant> byApiKey(String apiKey) {
    if (apiKey == null || apiKey.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(tenants.find(eq("apiKeyDigests", digest(apiKey))).first())
        .map(MongoTenantDirectory::tenant);
  }

  /** Creates or replaces a tenant with the one API key given. */
  public void save(Tenant tenant, String apiKey) {
    tenants.replaceOne(eq("_id", tenant.tenantId()),
        new Document("_id", tenant.tenantId())
            .append("name", tenant.name())
            .append("caseNumberPrefix", tenant.caseNumberPrefix())
            .append("apiKeyDigests", List.of(digest(apiKey))),
        new ReplaceOptions().upsert(true));
  }

  private static Tenant tenant(Document d) {
    return new Tenant(d.getString("_id"), d.getString("name"), d.getString("caseNumberPrefix"));
  }

  static String digest(String apiKey) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
