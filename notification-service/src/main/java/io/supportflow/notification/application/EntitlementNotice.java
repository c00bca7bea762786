package io.supportflow.notification.application;

import io.supportflow.notification.domain.ReceivedRequest;

/** An entitlement decision as the use case sees it: its event id, tenant and the request decided. */
public record EntitlementNotice(String decisionEventId, String tenantId, ReceivedRequest request) {}
