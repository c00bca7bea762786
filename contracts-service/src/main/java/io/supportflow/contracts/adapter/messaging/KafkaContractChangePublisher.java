package io.supportflow.contracts.adapter.messaging;

import io.supportflow.contracts.application.ContractChangePublisher;
import io.supportflow.contracts.application.PendingContractChange;
import io.supportflow.contracts.domain.Contract;
import io.supportflow.contracts.domain.ContractChange;
import io.supportflow.events.ContractChanged;
import io.supportflow.observability.publishing.ConfirmedSends;
import org.springframework.cloud.stream.function.StreamBridge;

/**
 * Announces contract changes on contracts.contract-changes, keyed by customer id (see the
 * binding's message-key-expression): a customer's changes stay in order, and re-deciding open
 * cases is per customer. The binding is synchronous, so a refusal throws here.
 */
public record KafkaContractChangePublisher(StreamBridge streamBridge) implements ContractChangePublisher {

  static final String BINDING = "contractChanges-out-0";

  @Override
  public void publish(PendingContractChange change) {
    ConfirmedSends.send(streamBridge, BINDING, toEvent(change),
        () -> "contracts.contract-changes refused " + change.eventId());
  }

  static ContractChanged toEvent(PendingContractChange pending) {
    ContractChange change = pending.change();
    Contract after = change.after();
    return ContractChanged.newBuilder()
        .setEventId(pending.eventId())
        .setOccurredAt(pending.occurredAt())
        .setTenantId(pending.tenantId())
        .setCustomerId(change.customerId())
        .setContractId(change.contractId())
        .setChange(io.supportflow.events.ContractChange.valueOf(change.kind().name()))
        .setRevision(pending.revision())
        .setPlanName(after == null ? null : after.plan().planName())
        .setTier(after == null ? null : after.plan().tier())
        .setStartsOn(after == null ? null : after.startsOn().toString())
        .setEndsOn(after == null ? null : after.endsOn().toString())
        .build();
  }
}
