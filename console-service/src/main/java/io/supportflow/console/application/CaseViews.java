package io.supportflow.console.application;

import io.supportflow.console.domain.CasePage;
import io.supportflow.console.domain.CaseQuery;
import io.supportflow.console.domain.CaseView;
import io.supportflow.console.domain.ComplianceRow;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The read model of cases, one tenant at a time: the port every page and API of the console reads. */
public interface CaseViews {

  Optional<CaseView> byNumber(String tenantId, String caseNumber);

  /** @param now the instant "at risk" is measured from */
  CasePage search(String tenantId, CaseQuery query, Instant now);

  /** Compliance rows of the months {@code from} to {@code to}, both included. */
  List<ComplianceRow> compliance(String tenantId, YearMonth from, YearMonth to);
}
