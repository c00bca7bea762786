package io.supportflow.intake.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * intake-service's settings under {@code supportflow.intake}, typed and in one place. Every
 * default is in application.yml (with its environment variable), never repeated here.
 */
@ConfigurationProperties("supportflow.intake")
record IntakeSettings(
    Duration relayInterval,
    Duration relayGrace,
    DataSize maxBodySize,
    RateLimit rateLimit,
    Mail mail,
    Phone phone,
    Attachments attachments) {

  record RateLimit(int perMinute) {}

  record Mail(boolean imapEnabled, Duration pollInterval, int batch, DataSize maxSize) {}

  /** The public base URL Twilio signs, when the service runs behind a proxy; empty: the request's URL. */
  record Phone(String publicBaseUrl) {}

  /** How many files a case keeps, how large each, how large together. */
  record Attachments(int maxCount, DataSize maxFileSize, DataSize maxCaseSize) {}
}
