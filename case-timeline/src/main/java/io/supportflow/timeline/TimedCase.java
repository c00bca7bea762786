package io.supportflow.timeline;

/** What a durable timer needs of a case: whose it is and the partition that owns it. */
public interface TimedCase {

  String tenantId();

  String caseId();

  int partition();
}
