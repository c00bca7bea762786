package io.supportflow.intake.application.incidents;

import io.supportflow.intake.application.CaseFiles;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.incident.CaseOnProduct;
import io.supportflow.intake.domain.incident.LinkReason;
import io.supportflow.intake.domain.incident.ProductSurge;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The surge rule, asked each time contracts decides a case (a redelivered decision asks again and
 * changes nothing): the product the decision identified is noted on the case; when the tenant set
 * {@link ProductSurge} and its customers' cases on that product within the window are that many,
 * they become one incident (one per product while it is open), which later customers' cases on the
 * product join while it is open.
 */
public record ProductSurges(IncidentCases caseFacts, IncidentRuleSettings settings, CaseFiles files,
    MajorIncidents incidents, Clock clock) {

  private static final int MAX_COUNTED = 1_000;

  /** @param productId the product the decision identified; null when it found none (nothing to do) */
  public void decided(String tenantId, String caseId, String productId, String productName) {
    decidedAll(List.of(new IncidentCases.ProductOfCase(tenantId, caseId, productId, productName)));
  }

  /**
   * A poll's decisions: the products they identified noted together, then the rule asked for each
   * in order (a surge one of them completes is opened before the next is asked).
   */
  public void decidedAll(List<IncidentCases.ProductOfCase> decided) {
    List<IncidentCases.ProductOfCase> identified = decided.stream()
        .filter(p -> p.productId() != null && !p.productId().isBlank()).toList();
    if (identified.isEmpty()) {
      return;
    }
    caseFacts.recordProducts(identified);
    identified.forEach(this::askRule);
  }

  private void askRule(IncidentCases.ProductOfCase decidedCase) {
    String tenantId = decidedCase.tenantId();
    String productId = decidedCase.productId();
    ProductSurge rule = settings.rules(tenantId).productSurge();
    if (rule == null) {
      return;
    }
    Optional<CaseFile> decided = files.byId(tenantId, decidedCase.caseId());
    if (decided.isEmpty() || !decided.get().active() || decided.get().opened().customerId() == null
        || !rule.inWindow(decided.get().opened().receivedAt(), clock)) {
      return;
    }
    String key = MajorIncidents.productKey(productId);
    if (incidents.linkToHolder(tenantId, key, decided.get(), LinkReason.PRODUCT_SURGE)) {
      return;
    }
    List<CaseOnProduct> surging = rule.surging(
        caseFacts.activeOnProduct(tenantId, productId, clock.instant().minus(rule.within()), MAX_COUNTED), clock);
    if (surging.isEmpty()) {
      return;
    }
    List<CaseFile> cases = new ArrayList<>();
    surging.forEach(c -> files.byId(tenantId, c.caseId()).ifPresent(cases::add));
    String productName = decidedCase.productName();
    String name = productName == null || productName.isBlank() ? productId : productName;
    incidents.openByRule(tenantId, key, ProductSurge.title(name, surging.size(), rule.within()),
        LinkReason.PRODUCT_SURGE, cases);
  }
}
