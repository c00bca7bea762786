package io.supportflow.intake.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a severity in any vocabulary the vendors' terms use and maps it to P1..P4: P1-P4,
 * SEV1-SEV4, Critical/Urgent/Moderate/Low, High/Medium/Low (three levels map to P1..P3) and the
 * request-tracker codes 80/60/40/20; and the severity labels of monitoring alerts (critical,
 * error/major, warning/minor, info).
 */
public final class SeverityScale {

  private static final Map<String, Priority> WORDS = Map.ofEntries(
      Map.entry("P1", Priority.P1), Map.entry("P2", Priority.P2),
      Map.entry("P3", Priority.P3), Map.entry("P4", Priority.P4),
      Map.entry("SEV1", Priority.P1), Map.entry("SEV2", Priority.P2),
      Map.entry("SEV3", Priority.P3), Map.entry("SEV4", Priority.P4),
      Map.entry("CRITICAL", Priority.P1), Map.entry("URGENT", Priority.P2),
      Map.entry("MODERATE", Priority.P3), Map.entry("LOW", Priority.P4),
      Map.entry("HIGH", Priority.P1), Map.entry("MEDIUM", Priority.P2),
      Map.entry("80", Priority.P1), Map.entry("60", Priority.P2),
      Map.entry("40", Priority.P3), Map.entry("20", Priority.P4),
      // Monitoring labels (Alertmanager rules, Grafana, Zabbix): error/major hurt, warning/minor
      // degrade, info only informs.
      Map.entry("ERROR", Priority.P2), Map.entry("MAJOR", Priority.P2),
      Map.entry("WARNING", Priority.P3), Map.entry("WARN", Priority.P3), Map.entry("MINOR", Priority.P3),
      Map.entry("INFO", Priority.P4), Map.entry("INFORMATIONAL", Priority.P4), Map.entry("NONE", Priority.P4));

  /** The priority when the reporter stated none: moderate impact until support assigns one. */
  public static final Priority UNSTATED = Priority.P3;

  private SeverityScale() {}

  /**
   * Maps a stated severity. "Low" is P4 on the four-level scale; on the three-level scale
   * (High/Medium/Low) it is P3, so a stated three-level scale is passed as {@code threeLevel}.
   */
  public static Optional<Priority> read(String stated, boolean threeLevel) {
    if (stated == null || stated.isBlank()) {
      return Optional.empty();
    }
    String word = stated.strip().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
    if (threeLevel && word.equals("LOW")) {
      return Optional.of(Priority.P3);
    }
    return Optional.ofNullable(WORDS.get(word));
  }

  public static Optional<Priority> read(String stated) {
    return read(stated, false);
  }
}
