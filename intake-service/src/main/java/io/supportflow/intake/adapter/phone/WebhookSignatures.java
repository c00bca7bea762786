package io.supportflow.intake.adapter.phone;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the signatures of phone webhooks. Ours: {@code X-SupportFlow-Signature: sha256=<hex>} of
 * HMAC-SHA256(secret, timestamp + "." + raw body), with {@code X-SupportFlow-Timestamp} in Unix
 * seconds no more than five minutes off, so a captured request cannot be replayed later. Twilio's:
 * base64 HMAC-SHA1(auth token, URL + every POST parameter name and value sorted by name).
 * Comparisons take constant time.
 */
public final class WebhookSignatures {

  public static final Duration TOLERANCE = Duration.ofMinutes(5);
  private static final String PREFIX = "sha256=";

  private final Clock clock;

  public WebhookSignatures(Clock clock) {
    this.clock = clock;
  }

  /** Why the signature is refused; empty when it is good. */
  public Optional<String> refusal(String secret, String timestamp, String signature, byte[] body) {
    if (timestamp == null || signature == null) {
      return Optional.of("X-SupportFlow-Timestamp and X-SupportFlow-Signature are required");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return Optional.of("X-SupportFlow-Timestamp must be Unix seconds");
    }
    Duration skew = Duration.between(Instant.ofEpochSecond(Math.max(0, Math.min(seconds, 1L << 40))), clock.instant()).abs();
    if (skew.compareTo(TOLERANCE) > 0) {
      return Optional.of("timestamp is more than " + TOLERANCE.toMinutes() + " minutes off");
    }
    if (!signature.startsWith(PREFIX)) {
      return Optional.of("signature must read sha256=<hex>");
    }
    byte[] expected = hmac("HmacSHA256", secret, signedPayload(timestamp.strip(), body));
    byte[] given;
    try {
      given = HexFormat.of().parseHex(signature.substring(PREFIX.length()).strip().toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.of("signature is not hex");
    }
    return MessageDigest.isEqual(expected, given) ? Optional.empty() : Optional.of("signature does not match");
  }

  /** What a phone system sends: {@code sha256=} and the hex HMAC of timestamp + "." + body. */
  public static String sign(String secret, String timestamp, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(hmac("HmacSHA256", secret, signedPayload(timestamp, body)));
  }

  public Optional<String> twilioRefusal(String authToken, String url, Map<String, List<String>> params,
      String signature) {
    if (signature == null || signature.isBlank()) {
      return Optional.of("X-Twilio-Signature is required");
    }
    byte[] expected = Base64.getEncoder().encode(hmac("HmacSHA1", authToken, twilioPayload(url, params)));
    return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))
        ? Optional.empty() : Optional.of("X-Twilio-Signature does not match");
  }

  public static String twilioSign(String authToken, String url, Map<String, List<String>> params) {
    return Base64.getEncoder().encodeToString(hmac("HmacSHA1", authToken, twilioPayload(url, params)));
  }

  private static byte[] twilioPayload(String url, Map<String, List<String>> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, values) -> values.forEach(v -> data.append(name).append(v)));
    return data.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] signedPayload(String timestamp, byte[] body) {
    byte[] prefix = (timestamp + ".").getBytes(StandardCharsets.US_ASCII);
    byte[] payload = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, payload, 0, prefix.length);
    System.arraycopy(body, 0, payload, prefix.length, body.length);
    return payload;
  }

  private static byte[] hmac(String algorithm, String secret, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(data);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(algorithm + " is unavailable", e);
    }
  }
}
