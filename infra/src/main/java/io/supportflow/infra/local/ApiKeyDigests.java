package io.supportflow.infra.local;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Entries of SUPPORTFLOW_API_KEY_DIGESTS, the one way contracts, sla and escalation are given their
 * keys: {@code tenant:role:<SHA-256 hex of the key>} (web-support's KeyDigest, written here again
 * because the launcher does not carry the services' web stack).
 */
public final class ApiKeyDigests {

  private ApiKeyDigests() {}

  public static String entry(String tenant, String role, String key) {
    return tenant + ":" + role + ":" + sha256Hex(key);
  }

  static String sha256Hex(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
