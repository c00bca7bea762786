package io.supportflow.console.application;

/**
 * Intake answered with an RFC 9457 problem: its type (the last segment, e.g. illegal-transition),
 * title and detail, and the HTTP status. {@link #plainWords()} is what a page shows.
 */
public class IntakeRefusedException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;
  private final String detail;

  public IntakeRefusedException(int status, String type, String title, String detail) {
    super(status + " " + type + ": " + detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  /** The refusal in words a support engineer or customer understands, with intake's own reason. */
  public String plainWords() {
    String why = detail == null || detail.isBlank() ? "" : " " + detail;
    return switch (type == null ? "" : type) {
      case "illegal-transition" -> "That is not possible in the case's current status." + why;
      case "concurrent-change" -> "Someone changed the case at the same moment; reload it and try again.";
      case "case-not-found" -> "Intake does not know this case.";
      case "invalid-request" -> "Intake did not accept what was entered." + why;
      case "forbidden" -> "Your key may not do that.";
      case "unauthenticated" -> "Intake no longer accepts your key; sign in again.";
      case "too-many-requests" -> "Too many actions in a short time; wait a minute and try again.";
      default -> (title == null ? "Intake refused the action." : title + ".") + why;
    };
  }
}
