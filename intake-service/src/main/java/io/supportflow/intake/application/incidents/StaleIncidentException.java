package io.supportflow.intake.application.incidents;

/** If-Match named a revision of the incident that is no longer the current one. */
public class StaleIncidentException extends RuntimeException {

  private final long current;

  public StaleIncidentException(long expected, long current) {
    super("The incident is at revision " + current + ", not " + expected + ": read it again and decide anew");
    this.current = current;
  }

  public long current() {
    return current;
  }
}
