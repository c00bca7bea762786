package io.supportflow.intake.adapter.persistence;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.supportflow.intake.application.AccessKeys;
import io.supportflow.intake.application.CustomerContacts;
import io.supportflow.intake.application.TenantChannels;
import io.supportflow.intake.application.TenantDirectory;
import io.supportflow.intake.application.TenantEntries;
import io.supportflow.intake.application.mail.Mailbox;
import io.supportflow.intake.application.phone.PhoneLine;
import io.supportflow.intake.domain.StrangerReplies;
import io.supportflow.intake.domain.Tenant;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * Tenants, their channel settings, and the API keys of their integrations, customers and agents.
 * Keys are kept as SHA-256 digests only: a stolen database holds no usable key. (Mailbox passwords
 * and webhook secrets must be usable, so they are stored as given: protect this database.)
 */
public final class MongoTenantDirectory
    implements TenantDirectory, TenantChannels, AccessKeys, CustomerContacts, TenantEntries {

  private final MongoCollection<Document> tenants;
  private final MongoCollection<Document> credentials;
  private final MongoCollection<Document> contacts;

  public MongoTenantDirectory(MongoDatabase database) {
    this.tenants = database.getCollection("tenants");
    this.credentials = database.getCollection("credentials");
    this.contacts = database.getCollection("customer_contacts");
    tenants.createIndex(Indexes.ascending("apiKeyDigests"));
  }

  /**
   * Replaces the contact list of one customer of the tenant: the exact addresses that may write to
   * that customer's cases. An address belongs to one customer of a tenant at a time.
   */
  @Override
  public void saveCustomerContacts(String tenantId, String customerId, List<String> addresses) {
    contacts.deleteMany(new Document("tenantId", tenantId).append("customerId", customerId));
    for (String address : addresses) {
      String lower = address.strip().toLowerCase(Locale.ROOT);
      contacts.replaceOne(eq("_id", new Document("tenantId", tenantId).append("address", lower)),
          new Document("_id", new Document("tenantId", tenantId).append("address", lower))
              .append("tenantId", tenantId).append("customerId", customerId),
          new ReplaceOptions().upsert(true));
    }
  }

  @Override
  public Optional<String> customerOf(String tenantId, String address) {
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    Document contact = contacts.find(eq("_id", new Document("tenantId", tenantId)
        .append("address", address.strip().toLowerCase(Locale.ROOT)))).first();
    return contact == null ? Optional.empty() : Optional.ofNullable(contact.getString("customerId"));
  }

  public void saveStrangerReplies(String tenantId, StrangerReplies policy) {
    tenants.updateOne(eq("_id", tenantId), Updates.set("strangerReplies", policy.name()));
  }

  public void saveAutoReplyPhrases(String tenantId, List<String> phrases) {
    tenants.updateOne(eq("_id", tenantId), Updates.set("autoReplyPhrases", List.copyOf(phrases)));
  }

  @Override
  public StrangerReplies strangerReplies(String tenantId) {
    Document tenant = tenants.find(eq("_id", tenantId)).first();
    String policy = tenant == null ? null : tenant.getString("strangerReplies");
    return policy == null ? StrangerReplies.OPEN_NEW_CASE : StrangerReplies.valueOf(policy);
  }

  @Override
  public List<String> autoReplyPhrases(String tenantId) {
    Document tenant = tenants.find(eq("_id", tenantId)).first();
    List<String> phrases = tenant == null ? null : tenant.getList("autoReplyPhrases", String.class);
    return phrases == null ? List.of() : phrases;
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

  @Override
  public Optional<Caller> byKey(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    String digest = digest(key);
    Document credential = credentials.find(eq("_id", digest)).first();
    if (credential != null) {
      Number rate = (Number) credential.get("ratePerMinute");
      return Optional.of(new Caller(credential.getString("tenantId"), Role.valueOf(credential.getString("role")),
          credential.getString("subject"), digest, rate == null ? null : rate.intValue()));
    }
    return byApiKey(key).map(t -> new Caller(t.tenantId(), Role.INTEGRATION, t.tenantId(), digest, null));
  }

  /** Creates or updates a tenant, with the one integration key given; channel settings stay. */
  public void save(Tenant tenant, String apiKey) {
    tenants.updateOne(eq("_id", tenant.tenantId()), Updates.combine(
            Updates.set("name", tenant.name()),
            Updates.set("caseNumberPrefix", tenant.caseNumberPrefix()),
            Updates.set("apiKeyDigests", List.of(digest(apiKey)))),
        new UpdateOptions().upsert(true));
  }

  /**
   * A tenant from tenants.directory: name, prefix and zone at {@code version}, over an older entry
   * only; channel settings and keys of the document stay.
   */
  @Override
  public void keep(Tenant tenant, String zone, long version) {
    Document known = tenants.find(eq("_id", tenant.tenantId())).first();
    Number kept = known == null ? null : (Number) known.get("directoryVersion");
    if (kept != null && kept.longValue() >= version) {
      return;
    }
    tenants.updateOne(eq("_id", tenant.tenantId()), Updates.combine(
            Updates.set("name", tenant.name()),
            Updates.set("caseNumberPrefix", tenant.caseNumberPrefix()),
            Updates.set("zone", zone),
            Updates.set("directoryVersion", version)),
        new UpdateOptions().upsert(true));
  }

  /** A key for one customer of the tenant: it sees and answers only that customer's cases. */
  public void saveCustomerKey(String tenantId, String customerId, String key, Integer ratePerMinute) {
    saveCredential(tenantId, Role.CUSTOMER, customerId, key, ratePerMinute);
  }

  /** A key for one support engineer of the tenant. */
  public void saveAgentKey(String tenantId, String agentId, String key) {
    saveCredential(tenantId, Role.AGENT, agentId, key, null);
  }

  private void saveCredential(String tenantId, Role role, String subject, String key, Integer ratePerMinute) {
    credentials.replaceOne(eq("_id", digest(key)),
        new Document("_id", digest(key)).append("tenantId", tenantId).append("role", role.name())
            .append("subject", subject).append("ratePerMinute", ratePerMinute),
        new ReplaceOptions().upsert(true));
  }

  public void saveSupportAddresses(String tenantId, List<String> addresses) {
    tenants.updateOne(eq("_id", tenantId), Updates.set("supportAddresses",
        addresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList()));
  }

  public void saveMailbox(Mailbox mailbox) {
    tenants.updateOne(eq("_id", mailbox.tenantId()), Updates.set("mailbox", new Document("host", mailbox.host())
        .append("port", mailbox.port())
        .append("ssl", mailbox.ssl())
        .append("user", mailbox.user())
        .append("password", mailbox.password())
        .append("folder", mailbox.folder())
        .append("processedFolder", mailbox.processedFolder())
        .append("quarantineFolder", mailbox.quarantineFolder())));
  }

  public void savePhoneLine(String tenantId, PhoneLine line) {
    tenants.updateOne(eq("_id", tenantId), Updates.set("phone", new Document("hmacSecret", line.hmacSecret())
        .append("twilioAuthToken", line.twilioAuthToken())
        .append("defaultRegion", line.defaultRegion())));
  }

  @Override
  public Set<String> supportAddresses(String tenantId) {
    Document tenant = tenants.find(eq("_id", tenantId)).first();
    List<String> addresses = tenant == null ? null : tenant.getList("supportAddresses", String.class);
    return addresses == null ? Set.of() : new LinkedHashSet<>(addresses);
  }

  @Override
  public List<Mailbox> mailboxes() {
    List<Mailbox> mailboxes = new ArrayList<>();
    for (Document tenant : tenants.find(exists("mailbox.host", true))) {
      Document m = tenant.get("mailbox", Document.class);
      mailboxes.add(new Mailbox(tenant.getString("_id"), m.getString("host"), m.getInteger("port", 993),
          Boolean.TRUE.equals(m.getBoolean("ssl")), m.getString("user"), m.getString("password"),
          m.getString("folder"), m.getString("processedFolder"), m.getString("quarantineFolder")));
    }
    return mailboxes;
  }

  @Override
  public Optional<PhoneLine> phoneLine(String tenantId) {
    Document tenant = tenants.find(eq("_id", tenantId)).first();
    Document phone = tenant == null ? null : tenant.get("phone", Document.class);
    return phone == null ? Optional.empty() : Optional.of(new PhoneLine(
        phone.getString("hmacSecret"), phone.getString("twilioAuthToken"), phone.getString("defaultRegion")));
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
