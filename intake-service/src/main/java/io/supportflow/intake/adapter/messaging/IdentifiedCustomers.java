package io.supportflow.intake.adapter.messaging;

import io.supportflow.events.EntitlementDecided;
import io.supportflow.intake.application.CaseCustomers;
import io.supportflow.intake.application.IdentifyCaseCustomer;
import io.supportflow.intake.application.incidents.IncidentCases;
import io.supportflow.intake.application.incidents.ProductSurges;
import io.supportflow.schemas.delivery.PollBatch;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.messaging.Message;

/**
 * contracts.entitlements -> the customer contracts identified, recorded on the case; then the
 * product it identified, for the surge rule of major incidents. A poll's decisions are recorded
 * together (PollBatch): one write for their customers, one for their products.
 */
public record IdentifiedCustomers(IdentifyCaseCustomer identify, ProductSurges surges)
    implements Consumer<Message<List<Object>>> {

  @Override
  public void accept(Message<List<Object>> decisions) {
    PollBatch.handle(decisions, EntitlementDecided.class, this::record);
  }

  private List<Void> record(List<PollBatch.Delivered<EntitlementDecided>> decisions) {
    List<EntitlementDecided> decided = decisions.stream().map(PollBatch.Delivered::payload).toList();
    identify.identifiedAll(decided.stream()
        .map(d -> new CaseCustomers.CustomerOfCase(d.getTenantId(), d.getCaseId(), d.getCustomerId())).toList());
    surges.decidedAll(decided.stream()
        .map(d -> new IncidentCases.ProductOfCase(d.getTenantId(), d.getCaseId(), d.getProductId(),
            d.getProductName()))
        .toList());
    return List.of();
  }
}
