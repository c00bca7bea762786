package io.supportflow.intake.domain.incident;

/**
 * Why a case is part of a major incident (or how the incident was opened): an agent linked it, the
 * same alert fingerprint as a case already linked, the alert kept firing, or a surge of cases on one
 * product ({@link IncidentRules}).
 */
public enum LinkReason {
  AGENT, ALERT_FINGERPRINT, ALERT_REFIRING, PRODUCT_SURGE;

  /** The actor a rule acts as in the events it causes: "rule:alert-fingerprint" and so on. */
  public String ruleActor() {
    return "rule:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
