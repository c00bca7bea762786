package io.supportflow.contracts.adapter.web;

import io.supportflow.contracts.application.EditPolicy;
import io.supportflow.contracts.application.PolicySection;
import io.supportflow.contracts.domain.CoverageCalendar;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Coverage calendars of the tenant: zone, weekly hours, holidays, extra coverage. */
@RestController
@RequestMapping("/api/v1/admin/tenants/{tenantId}/calendars")
public class CalendarsController extends PolicySectionController<CoverageCalendar> {

  public CalendarsController(EditPolicy editPolicy) {
    super(editPolicy, PolicySection.CALENDARS);
  }
}
