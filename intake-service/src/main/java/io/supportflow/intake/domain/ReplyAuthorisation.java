package io.supportflow.intake.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may write into an existing case: its reporter, a contact of its customer, or an address
 * already on its thread (From, To or Cc of a mail accepted on it). Anyone else knowing a case
 * number (they are sequential) must not add to the case, see its thread or move its clocks.
 * Addresses are compared whole: a forged From in a contact's domain is still a stranger.
 */
public final class ReplyAuthorisation {

  private ReplyAuthorisation() {}

  /**
   * @param senderCustomer the customer whose contact list holds the sender's address, if any
   * @param caseCustomer the case's customer: the one it was opened for, or the one whose contact
   *     list holds the reporter's address
   * @return why the sender may not write to the case; empty when they may
   */
  public static Optional<String> refusal(CaseFile file, String sender, Optional<String> senderCustomer,
      Optional<String> caseCustomer) {
    String who = normalised(sender);
    String number = file.opened().caseNumber().toString();
    if (who.isEmpty()) {
      return Optional.of("a message without a sender cannot be added to " + number);
    }
    if (who.equals(normalised(file.opened().reporter().email()))) {
      return Optional.empty();
    }
    if (file.participants().contains(who)) {
      return Optional.empty();
    }
    if (caseCustomer.isPresent() && caseCustomer.equals(senderCustomer)) {
      return Optional.empty();
    }
    return Optional.of(who + " is not the reporter of " + number + ", not a contact of its customer and not on"
        + " its thread");
  }

  public static String normalised(String address) {
    return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
  }
}
