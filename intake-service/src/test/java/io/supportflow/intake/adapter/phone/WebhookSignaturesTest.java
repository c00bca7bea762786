package io.supportflow.intake.adapter.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private final WebhookSignatures signatures = new WebhookSignatures(Clock.fixed(NOW, ZoneOffset.UTC));
  private final byte[] body = "{\"callId\":\"c1\"}".getBytes(StandardCharsets.UTF_8);
  private final String ts = String.valueOf(NOW.getEpochSecond());

  @Test
  void aBodySignedWithTheTenantsSecretIsAccepted() {
    assertThat(signatures.refusal("s3cret", ts, WebhookSignatures.sign("s3cret", ts, body), body)).isEmpty();
  }

  @Test
  void aTamperedBodyOrAnotherSecretIsRefused() {
    String signature = WebhookSignatures.sign("s3cret", ts, body);
    byte[] tampered = "{\"callId\":\"c2\"}".getBytes(StandardCharsets.UTF_8);

    assertThat(signatures.refusal("s3cret", ts, signature, tampered)).contains("signature does not match");
    assertThat(signatures.refusal("other", ts, signature, body)).contains("signature does not match");
  }

  @Test
  void aStaleTimestampIsRefusedEvenWithAGoodSignature() {
    String old = String.valueOf(NOW.minusSeconds(301).getEpochSecond());

    assertThat(signatures.refusal("s3cret", old, WebhookSignatures.sign("s3cret", old, body), body))
        .contains("timestamp is more than 5 minutes off");
  }

  @Test
  void malformedSignatureHeadersAreRefusedNotFailed() {
    assertThat(signatures.refusal("s3cret", null, null, body)).isPresent();
    assertThat(signatures.refusal("s3cret", "soon", "sha256=00", body)).contains("X-SupportFlow-Timestamp must be Unix seconds");
    assertThat(signatures.refusal("s3cret", ts, "md5=abc", body)).contains("signature must read sha256=<hex>");
    assertThat(signatures.refusal("s3cret", ts, "sha256=zz", body)).contains("signature is not hex");
    assertThat(signatures.refusal("s3cret", "99999999999999999", "sha256=00", body)).isPresent();
  }

  @Test
  void twilioSignaturesCoverTheUrlAndTheSortedParameters() {
    Map<String, List<String>> params = Map.of("To", List.of("+3120"), "CallSid", List.of("CA1"), "From", List.of("+31"));
    String signature = WebhookSignatures.twilioSign("token", "https://desk.example/api/v1/phone/acme/twilio", params);

    assertThat(signatures.twilioRefusal("token", "https://desk.example/api/v1/phone/acme/twilio", params, signature))
        .isEmpty();
    assertThat(signatures.twilioRefusal("token", "https://evil.example/api/v1/phone/acme/twilio", params, signature))
        .isPresent();
    assertThat(signatures.twilioRefusal("token", "https://desk.example/api/v1/phone/acme/twilio",
        Map.of("CallSid", List.of("CA2")), signature)).isPresent();
  }
}
