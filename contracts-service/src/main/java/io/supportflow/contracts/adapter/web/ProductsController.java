package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.application.PolicySection;
import io.supportflow.contracts.domain.Product;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Products of the tenant with their version lines and customised builds. */
@RestController
@RequestMapping("/api/v1/admin/tenants/{tenantId}/products")
public class ProductsController extends PolicySectionController<Product> {

  public ProductsController(EditPolicy editPolicy) {
    super(editPolicy, PolicySection.PRODUCTS);
  }
}
