package io.supportflow.console.domain;

/**
 * What an agent does to a case from its page, each forwarded to intake's agent API as one call.
 * Intake decides whether the case's status allows it.
 */
public sealed interface CaseAction {

  /** A public response ({@code visibleToCustomer}) or an internal note. */
  record Respond(String message, boolean visibleToCustomer) implements CaseAction {}

  /** A new priority, the customer's consent to it as recorded by the agent, and why. */
  record ChangePriority(String priority, boolean customerConsent, String reason) implements CaseAction {}

  record Hold(String reason) implements CaseAction {}

  record Resume(String reason) implements CaseAction {}

  record Resolve(String reason) implements CaseAction {}

  record Close(String reason) implements CaseAction {}

  /** What the page tells the agent once intake has taken it. */
  default String done() {
    return switch (this) {
      case Respond r when r.visibleToCustomer() -> "Your response was sent to the customer.";
      case Respond r -> "Your internal note was added.";
      case ChangePriority p -> "The priority was changed to " + p.priority() + ".";
      case Hold h -> "The case is on hold; its clocks are paused.";
      case Resume r -> "The case was resumed; its clocks run again.";
      case Resolve r -> "The case was resolved.";
      case Close c -> "The case was closed.";
    };
  }
}
