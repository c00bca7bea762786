package io.supportflow.infra.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The demo tenant's keys and secrets: random on the first start, kept in the data folder and
 * reused afterwards, so a pasted curl command keeps working across restarts. A data folder made by
 * an older launcher keeps its values and gets the newer ones added.
 */
record DemoCredentials(
    String apiKey,
    String contactMailboxPassword,
    String deskMailboxPassword,
    String agentKey,
    String customerKey,
    String phoneSecret,
    String adminKey,
    String operatorKey) {

  static final String FILE_NAME = "demo-credentials.properties";
  private static final SecureRandom RANDOM = new SecureRandom();

  static DemoCredentials loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Properties stored = new Properties();
      if (Files.exists(file)) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          stored.load(in);
        }
      }
      int before = stored.size();
      DemoCredentials credentials = new DemoCredentials(
          stored.computeIfAbsent("api-key", k -> secret(32)).toString(),
          stored.computeIfAbsent("contact-mailbox-password", k -> secret(12)).toString(),
          stored.computeIfAbsent("desk-mailbox-password", k -> secret(12)).toString(),
          stored.computeIfAbsent("agent-key", k -> secret(32)).toString(),
          stored.computeIfAbsent("customer-key", k -> secret(32)).toString(),
          stored.computeIfAbsent("phone-webhook-secret", k -> secret(32)).toString(),
          stored.computeIfAbsent("admin-key", k -> secret(32)).toString(),
          stored.computeIfAbsent("operator-key", k -> secret(32)).toString());
      if (stored.size() != before) {
        Files.createDirectories(dataDir);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          stored.store(out, "Demo credentials of the SupportFlow local stack (made on first start)");
        }
      }
      return credentials;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the demo credentials in " + file, e);
    }
  }

  /**
   * The keys every service reads from configuration, in the one format of
   * SUPPORTFLOW_API_KEY_DIGESTS: {@code tenant:role:<SHA-256 hex of the key>[:subject]}, digests only
   * (docs/adr/0012). The integration and agent keys also read clocks and escalations; the customer
   * key names its customer (the console's session lives as long as the key opens the shared store);
   * the admin key edits the policy and the tenant's keys; the operator key creates tenants.
   */
  String apiKeyDigests(String tenant, String customerId) {
    return String.join(",",
        ApiKeyDigests.entry(tenant, "integration", apiKey),
        ApiKeyDigests.entry(tenant, "agent", agentKey),
        ApiKeyDigests.entry(tenant, "customer", customerKey) + ":" + customerId,
        ApiKeyDigests.entry(tenant, "admin", adminKey),
        ApiKeyDigests.entry("*", "operator", operatorKey));
  }

  /** {@code bytes} random bytes, base64url without padding: safe in headers, URLs and shells. */
  private static String secret(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
