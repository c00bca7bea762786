package io.supportflow.console.application;

import io.supportflow.console.domain.CaseSummary;
import java.util.function.Consumer;

/**
 * Live changes of a tenant's cases, as the projection applies events: what the queue page streams
 * to the browser (server-sent events) so a new or changed case shows without a reload.
 */
public interface CaseChanges {

  /** Calls the listener with the case's new summary after each applied change; close to stop. */
  AutoCloseable subscribe(String tenantId, Consumer<CaseSummary> listener);
}
