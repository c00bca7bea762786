package io.supportflow.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one form in which SupportFlow keeps an API key: the SHA-256 of its UTF-8 bytes, 64 lower-case
 * hex digits ({@code printf %s "$KEY" | sha256sum}). Stores and configuration hold only this, so
 * a copied database or secret opens nothing.
 */
public record KeyDigest(String hex) {

  public KeyDigest {
    if (hex == null || !hex.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException("a key digest is the 64 hex digits of the key's SHA-256");
    }
    hex = hex.toLowerCase(Locale.ROOT);
  }

  public static KeyDigest of(String apiKey) {
    try {
      return new KeyDigest(HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8))));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return hex;
  }
}
