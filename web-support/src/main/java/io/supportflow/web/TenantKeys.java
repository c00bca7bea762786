package io.supportflow.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which tenant an API key belongs to, known only by the SHA-256 digests of the keys (a Kubernetes
 * secret of tenant:sha256hex pairs), so no key is ever kept in clear. In demo mode the launcher's
 * demo key is accepted for the demo tenant.
 */
public final class TenantKeys {

  private final Map<String, String> tenantByDigest;

  private TenantKeys(Map<String, String> tenantByDigest) {
    this.tenantByDigest = Map.copyOf(tenantByDigest);
  }

  /**
   * @param digests entries "tenant:sha256hex"
   * @param demoTenant the demo tenant, or null outside demo mode
   * @param demoKey the demo key; ignored when shorter than 24 characters
   */
  public static TenantKeys of(List<String> digests, String demoTenant, String demoKey) {
    Map<String, String> byDigest = new HashMap<>();
    for (String entry : digests) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2 || !parts[1].matches("[0-9a-fA-F]{64}")) {
        throw new IllegalStateException("API key digests are tenant:sha256hex, got '" + entry + "'");
      }
      byDigest.put(parts[1].toLowerCase(Locale.ROOT), parts[0]);
    }
    if (demoTenant != null && demoKey != null && demoKey.length() >= 24) {
      byDigest.put(digest(demoKey), demoTenant);
    }
    return new TenantKeys(byDigest);
  }

  public Optional<String> tenantOf(String apiKey) {
    return apiKey == null || apiKey.length() > 256 ? Optional.empty()
        : Optional.ofNullable(tenantByDigest.get(digest(apiKey)));
  }

  public static String digest(String apiKey) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
