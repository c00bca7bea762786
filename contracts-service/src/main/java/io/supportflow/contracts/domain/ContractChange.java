package io.supportflow.contracts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A contract that a policy edit created, changed or deleted. after is null when deleted. Open cases
 * of the customer can be re-decided from it.
 */
public record ContractChange(Kind kind, String customerId, String contractId, Contract after) {

  public enum Kind { CREATED, UPDATED, DELETED }

  /** The contract changes from one policy to the next, in a stable order. */
  public static List<ContractChange> between(TenantPolicy before, TenantPolicy after) {
    Map<String, Contract> old = before == null ? Map.of()
        : before.contracts().stream().collect(Collectors.toMap(Contract::contractId, Function.identity()));
    Map<String, Contract> now =
        after.contracts().stream().collect(Collectors.toMap(Contract::contractId, Function.identity()));
    List<ContractChange> changes = new ArrayList<>();
    for (Contract c : after.contracts()) {
      Contract previous = old.get(c.contractId());
      if (previous == null) {
        changes.add(new ContractChange(Kind.CREATED, c.customerId(), c.contractId(), c));
      } else if (!previous.equals(c) || calendarChanged(before, after, c)) {
        changes.add(new ContractChange(Kind.UPDATED, c.customerId(), c.contractId(), c));
      }
    }
    if (before != null) {
      for (Contract c : before.contracts()) {
        if (!now.containsKey(c.contractId())) {
          changes.add(new ContractChange(Kind.DELETED, c.customerId(), c.contractId(), null));
        }
      }
    }
    return List.copyOf(changes);
  }

  // A contract's terms include its calendar: editing the calendar changes what its cases are owed.
  private static boolean calendarChanged(TenantPolicy before, TenantPolicy after, Contract c) {
    String id = c.plan().calendarId();
    return !before.calendar(id).equals(after.calendar(id));
  }
}
