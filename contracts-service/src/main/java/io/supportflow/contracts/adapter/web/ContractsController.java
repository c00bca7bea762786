package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.application.PolicySection;
import io.supportflow.contracts.domain.Contract;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Contracts of the tenant: a plan bought by a customer for a period. */
@RestController
@RequestMapping("/api/v1/admin/tenants/{tenantId}/contracts")
public class ContractsController extends PolicySectionController<Contract> {

  public ContractsController(EditPolicy editPolicy) {
    super(editPolicy, PolicySection.CONTRACTS);
  }
}
