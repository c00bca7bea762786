package io.supportflow.intake.application.incidents;

import io.supportflow.intake.domain.incident.CaseOnProduct;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the incident rules read and note on intake's cases beyond their file: the alert and the product. */
public interface IncidentCases {

  /** The alert fingerprint of a case the monitoring channel opened; empty for any other case. */
  Optional<String> alertFingerprint(String tenantId, String caseId);

  /** The product contracts found the case to be about (the newest decision's). */
  void recordProduct(String tenantId, String caseId, String productId, String productName);

  /** The product contracts found a case to be about. */
  record ProductOfCase(String tenantId, String caseId, String productId, String productName) {}

  /** Notes each product as {@link #recordProduct} does; a store may write them at once. */
  default void recordProducts(List<ProductOfCase> products) {
    products.forEach(p -> recordProduct(p.tenantId(), p.caseId(), p.productId(), p.productName()));
  }

  /** The tenant's cases on the product received since then that are still worked on, at most {@code limit}. */
  List<CaseOnProduct> activeOnProduct(String tenantId, String productId, Instant since, int limit);
}
