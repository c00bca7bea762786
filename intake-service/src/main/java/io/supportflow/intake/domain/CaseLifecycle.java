package io.supportflow.intake.domain;

import java.time.Instant;

/**
 * The small state machine of a case. NEW until support first responds (then OPEN); ON_HOLD while
 * waiting for the customer (every clock pauses); RESOLVED when fixed or worked around; CLOSED
 * after resolution. Anything else is refused with a reason a person can act on.
 */
public final class CaseLifecycle {

  private CaseLifecycle() {}

  public static CaseActivity apply(CaseFile file, ActivityRequest request, String eventId, Instant at) {
    CaseStatus now = file.status();
    String number = file.opened().caseNumber().toString();
    CaseStatus after = switch (request.kind()) {
      case CUSTOMER_REPLIED -> {
        refuseIf(now == CaseStatus.CLOSED, number + " is closed; a new request opens a new case");
        requireText("message", request.message(), "a reply needs a message");
        yield now;
      }
      case AGENT_RESPONDED -> {
        refuseIf(now == CaseStatus.CLOSED, number + " is closed; it takes no more responses");
        requireText("message", request.message(), "a response needs a message");
        yield now == CaseStatus.NEW ? CaseStatus.OPEN : now;
      }
      case PRIORITY_CHANGED -> {
        refuseIf(!file.active(), number + " is " + now + "; its priority can no longer change");
        if (request.newPriority() == null) {
          throw new InvalidActivityException("priority", "a priority change needs the new priority");
        }
        if (request.newPriority() == file.priority()) {
          throw new InvalidActivityException("priority", number + " already has priority " + file.priority());
        }
        requireText("reason", request.reason(), "a priority change needs a reason");
        yield now;
      }
      case PUT_ON_HOLD -> {
        refuseIf(now == CaseStatus.ON_HOLD, number + " is already on hold");
        refuseIf(!file.active(), number + " is " + now + "; only a case in work can be put on hold");
        requireText("reason", request.reason(), "a hold needs a reason (what the customer must send)");
        yield CaseStatus.ON_HOLD;
      }
      case RESUMED -> {
        refuseIf(now != CaseStatus.ON_HOLD, number + " is " + now + ", not on hold; there is nothing to resume");
        yield CaseStatus.OPEN;
      }
      case RESOLVED -> {
        refuseIf(now == CaseStatus.RESOLVED, number + " is already resolved");
        refuseIf(now == CaseStatus.CLOSED, number + " is closed; a closed case cannot be resolved");
        yield CaseStatus.RESOLVED;
      }
      case CLOSED -> {
        refuseIf(now == CaseStatus.CLOSED, number + " is already closed");
        refuseIf(now != CaseStatus.RESOLVED, number + " is " + now + "; resolve it before closing it");
        yield CaseStatus.CLOSED;
      }
    };
    boolean priorityChange = request.kind() == ActivityKind.PRIORITY_CHANGED;
    return new CaseActivity(
        eventId,
        request.kind(),
        at,
        request.actor(),
        request.visibleToCustomer(),
        priorityChange ? file.priority() : null,
        priorityChange ? request.newPriority() : null,
        priorityChange && request.customerConsent(),
        blankToNull(request.reason()),
        blankToNull(request.message()),
        request.channel(),
        request.correlationKey(),
        request.attachments(),
        after);
  }

  private static void refuseIf(boolean refused, String reason) {
    if (refused) {
      throw new IllegalTransitionException(reason);
    }
  }

  private static void requireText(String field, String text, String message) {
    if (text == null || text.isBlank()) {
      throw new InvalidActivityException(field, message);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
