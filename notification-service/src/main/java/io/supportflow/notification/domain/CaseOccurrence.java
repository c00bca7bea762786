package io.supportflow.notification.domain;

/**
 * Something that happens to a case on a topic of its own, so it can be read before the case's
 * decision: an activity or an SLA alert.
 */
public sealed interface CaseOccurrence permits CaseEvent, SlaAlert {

  String eventId();

  String caseId();
}
