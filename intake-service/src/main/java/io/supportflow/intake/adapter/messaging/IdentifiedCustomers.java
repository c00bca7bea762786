package io.supportflow.intake.adapter.messaging;

import io.supportflow.events.EntitlementDecided;
import io.supportflow.intake.application.IdentifyCaseCustomer;
import java.util.function.Consumer;

/** contracts.entitlements -> the customer contracts identified, recorded on the case. */
public final class IdentifiedCustomers implements Consumer<EntitlementDecided> {

  private final IdentifyCaseCustomer identify;

  public IdentifiedCustomers(IdentifyCaseCustomer identify) {
    this.identify = identify;
  }

  @Override
  public void accept(EntitlementDecided decided) {
    identify.identified(decided.getTenantId(), decided.getCaseId(), decided.getCustomerId());
  }
}
