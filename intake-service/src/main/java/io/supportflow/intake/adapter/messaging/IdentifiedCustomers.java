package io.supportflow.intake.adapter.messaging;

import io.supportflow.events.EntitlementDecided;
import io.supportflow.intake.application.IdentifyCaseCustomer;
import io.supportflow.intake.application.incidents.ProductSurges;
import java.util.function.Consumer;

/**
 * contracts.entitlements -> the customer contracts identified, recorded on the case; then the
 * product it identified, for the surge rule of major incidents.
 */
public record IdentifiedCustomers(IdentifyCaseCustomer identify, ProductSurges surges) implements Consumer<EntitlementDecided> {

  @Override
  public void accept(EntitlementDecided decided) {
    identify.identified(decided.getTenantId(), decided.getCaseId(), decided.getCustomerId());
    surges.decided(decided.getTenantId(), decided.getCaseId(), decided.getProductId(), decided.getProductName());
  }
}
