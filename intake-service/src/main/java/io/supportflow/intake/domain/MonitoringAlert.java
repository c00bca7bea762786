package io.supportflow.intake.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** One alert of an Alertmanager notification: firing or resolved, with its labels. */
public record MonitoringAlert(
    boolean firing,
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Instant endsAt,
    String fingerprint,
    String generatorUrl) {

  public MonitoringAlert {
    labels = present(labels, false);
    annotations = present(annotations, true);
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(fingerprint, "fingerprint");
    address(annotations.get(REPORTER_EMAIL));
  }

  /**
   * The annotation naming who to tell about the alert's case (the acknowledgement, status mails, a
   * major incident's updates): one e-mail address, e.g. the customer's operations desk.
   */
  public static final String REPORTER_EMAIL = "reporter_email";

  private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\"]+");

  /** The address of the {@value #REPORTER_EMAIL} annotation, lower case; null without one. */
  public String reporterEmail() {
    return address(annotations.get(REPORTER_EMAIL));
  }

  private static String address(String annotation) {
    if (annotation == null || annotation.isBlank()) {
      return null;
    }
    String address = annotation.strip().toLowerCase(Locale.ROOT);
    if (address.length() > 320 || !ADDRESS.matcher(address).matches()) {
      throw new RefusedTextException("annotations." + REPORTER_EMAIL, "must be one e-mail address");
    }
    return address;
  }

  /**
   * A sender may send null names or values; they carry nothing, so they are left out. Names and
   * label values are one line; annotation values (descriptions) may span lines.
   */
  private static Map<String, String> present(Map<String, String> map, boolean multiLineValues) {
    Map<String, String> kept = new TreeMap<>();
    if (map != null) {
      map.forEach((k, v) -> {
        if (k != null && v != null) {
          String key = InputHygiene.labelKey(k);
          kept.put(key, multiLineValues ? InputHygiene.multiLine(v) : InputHygiene.oneLine("labels." + key, v));
        }
      });
    }
    return Map.copyOf(kept);
  }

  public String subject() {
    String summary = annotations.get("summary");
    String name = labels.getOrDefault("alertname", "Alert");
    String instance = labels.get("instance");
    String line = summary != null && !summary.isBlank() ? summary.strip()
        : instance == null ? name : name + " on " + instance;
    return line.length() > 250 ? line.substring(0, 250) : line;
  }

  public String description() {
    StringBuilder text = new StringBuilder();
    String description = annotations.get("description");
    if (description != null && !description.isBlank()) {
      text.append(description.strip()).append("\n\n");
    }
    text.append(firing ? "Firing since " : "Resolved at ").append(firing ? startsAt : endsAt).append('\n');
    new TreeMap<>(labels).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    if (generatorUrl != null) {
      text.append("Source: ").append(generatorUrl).append('\n');
    }
    return text.toString().strip();
  }

  /** The severity as the alert's rule states it, in whichever label the rule used. */
  public String statedSeverity() {
    for (String label : new String[] {"severity", "priority", "sev"}) {
      String value = labels.get(label);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
