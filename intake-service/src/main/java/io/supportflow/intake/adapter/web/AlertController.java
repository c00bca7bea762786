package io.supportflow.intake.adapter.web;

import io.supportflow.intake.application.alerts.ReceiveAlert;
import io.supportflow.intake.domain.MonitoringAlert;
import io.supportflow.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The monitoring channel: Prometheus Alertmanager's webhook (payload version 4). */
@RestController
@Tag(name = "Monitoring", description = "Prometheus Alertmanager webhook")
public record AlertController(ReceiveAlert receiveAlert) {

  record Notification(
      @NotNull @Pattern(regexp = "4", message = "must be 4 (Alertmanager's webhook payload version)") String version,
      @Size(max = 4_000) String groupKey,
      Integer truncatedAlerts,
      @Pattern(regexp = "firing|resolved") String status,
      @Size(max = 200) String receiver,
      @Size(max = 100) Map<@Size(max = 200) String, @Size(max = 2_000) String> groupLabels,
      @Size(max = 100) Map<@Size(max = 200) String, @Size(max = 2_000) String> commonLabels,
      @Size(max = 100) Map<@Size(max = 200) String, @Size(max = 10_000) String> commonAnnotations,
      @Size(max = 2_000) String externalURL,
      @NotEmpty @Size(max = 500) List<@Valid @NotNull AlertBody> alerts) {}

  record AlertBody(
      @NotNull @Pattern(regexp = "firing|resolved") String status,
      @NotNull @Size(max = 100) Map<@Size(max = 200) String, @Size(max = 2_000) String> labels,
      @Size(max = 100) Map<@Size(max = 200) String, @Size(max = 10_000) String> annotations,
      @NotNull @Size(max = 64) String startsAt,
      @Size(max = 64) String endsAt,
      @Size(max = 2_000) String generatorURL,
      @Pattern(regexp = "[0-9A-Za-z]{1,64}") String fingerprint) {}

  record Results(List<ReceiveAlert.Received> results) {}

  @Operation(summary = "Receive an Alertmanager notification (integration key, as Bearer token or X-API-Key)",
      description = "Per alert: a firing alert opens a case (category infrastructure, priority from its severity "
          + "label); a new firing of an alert whose case is still worked on is added to that case; a resolved alert "
          + "is added to its case. Re-sent notifications change nothing (dedup by fingerprint and startsAt).")
  @PostMapping(path = "/api/v1/alerts", consumes = "application/json", produces = "application/json")
  Results receive(@AuthenticationPrincipal CallerPrincipal integration, @Valid @RequestBody Notification body) {
    String source = "Alertmanager" + (body.receiver() == null ? "" : " (" + body.receiver() + ")");
    List<MonitoringAlert> alerts = new ArrayList<>();
    for (int i = 0; i < body.alerts().size(); i++) {
      alerts.add(alert(body.alerts().get(i), "alerts[" + i + "]"));
    }
    List<ReceiveAlert.Received> results = new ArrayList<>();
    for (MonitoringAlert alert : alerts) {
      String customer = alert.labels().getOrDefault("customer",
          body.commonLabels() == null ? null : body.commonLabels().get("customer"));
      results.add(receiveAlert.receive(integration.tenantId(), alert, source, customer));
    }
    return new Results(results);
  }

  private static MonitoringAlert alert(AlertBody a, String field) {
    Instant startsAt = instant(a.startsAt(), field + ".startsAt");
    Instant endsAt = a.endsAt() == null ? null : instant(a.endsAt(), field + ".endsAt");
    return new MonitoringAlert(a.status().equals("firing"), a.labels(), a.annotations(), startsAt,
        endsAt == null || endsAt.getEpochSecond() <= 0 ? null : endsAt,
        a.fingerprint() != null ? a.fingerprint() : fingerprint(a.labels()), a.generatorURL());
  }

  private static Instant instant(String text, String field) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(field, "must be an RFC 3339 timestamp");
    }
  }

  /** Alertmanager always sends one; other senders get a stable one from the sorted labels. */
  private static String fingerprint(Map<String, String> labels) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(new TreeMap<>(labels).toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
