package io.supportflow.contracts.application;

/** Announces a contract change on the contract-changes topic; throws when the broker refuses it. */
public interface ContractChangePublisher {

  void publish(PendingContractChange change);
}
