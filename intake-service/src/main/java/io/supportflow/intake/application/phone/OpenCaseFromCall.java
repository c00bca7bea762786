package io.supportflow.intake.application.phone;

import io.supportflow.intake.application.CaseFiles;
import io.supportflow.intake.application.CaseNotFoundException;
import io.supportflow.intake.application.NewRequest;
import io.supportflow.intake.application.OpenCase;
import io.supportflow.intake.application.Opening;
import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.ActivityRequest;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.VersionSpotter;
import java.util.List;

/**
 * An operator logs a call as a case. When the phone system already opened the call's case, the
 * operator's summary is added to it as the caller's words, and a severity the caller stated
 * becomes the case's priority with the caller's consent: still one call, one case.
 */
public record OpenCaseFromCall(OpenCase openCase, CaseFiles files, RecordActivity recordActivity) {

  static final String OPERATOR = "phone-operator";

  public Opening open(String tenantId, CallReport report) {
    String description = report.description() == null || report.description().isBlank()
        ? report.summary() : report.description();
    String version = report.version() != null ? report.version()
        : VersionSpotter.findIn(report.summary() + "\n" + description).orElse(null);
    Opening opening = openCase.openOnce(new NewRequest(
        tenantId, Channel.PHONE, report.caller(), report.summary(), description, report.statedSeverity(),
        report.priority(), report.product(), version, report.language(), report.callId(), null,
        report.customerHint(), null, List.of(), CallReport.originKey(report.callId()), null));
    if (opening.created()) {
      return opening;
    }
    String caseId = opening.opened().supportCase().caseId();
    String key = CallReport.originKey(report.callId());
    recordActivity.onCaseId(tenantId, caseId,
        ActivityRequest.of(ActivityKind.CUSTOMER_REPLIED, OPERATOR, Channel.PHONE.name())
            .withMessage(report.summary() + (description.equals(report.summary()) ? "" : "\n\n" + description))
            .withCorrelation(report.callId(), List.of()),
        key + ":summary");
    if (report.priority() != null) {
      var file = files.byId(tenantId, caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
      if (file.priority() != report.priority() && file.active() && !file.threadKeys().contains(key + ":priority")) {
        recordActivity.onCaseId(tenantId, caseId,
            ActivityRequest.of(ActivityKind.PRIORITY_CHANGED, OPERATOR, Channel.PHONE.name())
                .withPriority(report.priority(), true)
                .withReason("Severity " + report.statedSeverity() + " stated by the caller on call " + report.callId())
                .withCorrelation(report.callId(), List.of()),
            key + ":priority");
      }
    }
    return opening;
  }
}
