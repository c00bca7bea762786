package io.supportflow.console.adapter.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a session's contents before they are stored: AES-256-GCM with a fresh 12-byte nonce and
 * what they belong to (session id and attribute name) as associated data, so contents moved to
 * another session or attribute do not open. Every console instance
 * that shares sessions has the same 32-byte key ({@code CONSOLE_SESSION_KEY}, base64). Without one,
 * each instance draws its own: sessions still work, but only on the instance that made them.
 */
public final class SessionSeal {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  private SessionSeal(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("CONSOLE_SESSION_KEY must be 32 bytes, base64-encoded (e.g. openssl rand "
          + "-base64 32); it has " + key.length);
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  /** The shared key, base64; blank: a key of this instance's own (sessions then stay with it). */
  public static SessionSeal of(String base64Key) {
    if (base64Key == null || base64Key.isBlank()) {
      byte[] own = new byte[32];
      new SecureRandom().nextBytes(own);
      return new SessionSeal(own);
    }
    return new SessionSeal(Base64.getDecoder().decode(base64Key.strip()));
  }

  public byte[] seal(String belongsTo, byte[] plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = run(Cipher.ENCRYPT_MODE, belongsTo, nonce, plain);
    return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
  }

  /** The contents, or empty when they were not sealed with this key for what they belong to. */
  public Optional<byte[]> open(String belongsTo, byte[] stored) {
    if (stored.length <= NONCE_BYTES) {
      return Optional.empty();
    }
    ByteBuffer in = ByteBuffer.wrap(stored);
    byte[] nonce = new byte[NONCE_BYTES];
    in.get(nonce);
    byte[] sealed = new byte[in.remaining()];
    in.get(sealed);
    try {
      return Optional.of(run(Cipher.DECRYPT_MODE, belongsTo, nonce, sealed));
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof AEADBadTagException) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private byte[] run(int mode, String belongsTo, byte[] nonce, byte[] input) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(belongsTo.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
