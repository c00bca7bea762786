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
 * The demo tenant's API key and the demo mailbox passwords: random on the first start, kept in the
 * data folder and reused afterwards, so a pasted curl command keeps working across restarts.
 */
record DemoCredentials(String apiKey, String contactMailboxPassword, String deskMailboxPassword) {

  static final String FILE_NAME = "demo-credentials.properties";
  private static final SecureRandom RANDOM = new SecureRandom();

  static DemoCredentials loadOrCreate(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        Properties stored = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          stored.load(in);
        }
        DemoCredentials credentials =
            new DemoCredentials(
                stored.getProperty("api-key"),
                stored.getProperty("contact-mailbox-password"),
                stored.getProperty("desk-mailbox-password"));
        if (credentials.complete()) {
          return credentials;
        }
      }
      DemoCredentials fresh = new DemoCredentials(secret(32), secret(12), secret(12));
      Properties properties = new Properties();
      properties.setProperty("api-key", fresh.apiKey());
      properties.setProperty("contact-mailbox-password", fresh.contactMailboxPassword());
      properties.setProperty("desk-mailbox-password", fresh.deskMailboxPassword());
      Files.createDirectories(dataDir);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        properties.store(out, "Demo credentials of the SupportFlow local stack (made on first start)");
      }
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the demo credentials in " + file, e);
    }
  }

  private boolean complete() {
    return apiKey != null && contactMailboxPassword != null && deskMailboxPassword != null;
  }

  /** {@code bytes} random bytes, base64url without padding: safe in headers, URLs and shells. */
  private static String secret(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }
}
