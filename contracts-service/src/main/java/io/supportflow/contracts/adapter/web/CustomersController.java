package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.application.PolicySection;
import io.supportflow.contracts.domain.Customer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customers of the tenant: organisations, e-mail domains, contacts, portal accounts, alert sources. */
@RestController
@RequestMapping("/api/v1/admin/tenants/{tenantId}/customers")
public class CustomersController extends PolicySectionController<Customer> {

  public CustomersController(EditPolicy editPolicy) {
    super(editPolicy, PolicySection.CUSTOMERS);
  }
}
