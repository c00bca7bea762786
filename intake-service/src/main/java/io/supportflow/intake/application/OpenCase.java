package io.supportflow.intake.application;

import io.supportflow.intake.domain.CaseNumber;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.SeverityScale;
import io.supportflow.intake.domain.SupportCase;
import io.supportflow.intake.domain.Tenant;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Opens a case for a normalised request: the case number at once, the record stored, then the
 * request announced. If the announcement fails the case still stands and the relay announces it.
 */
public final class OpenCase {

  private static final System.Logger LOG = System.getLogger(OpenCase.class.getName());
  // The counter is atomic on MongoDB; the unique index is the guard should it ever not be
  // (a restored backup, a wire server without atomic updates): take the next number instead.
  private static final int NUMBER_ATTEMPTS = 5;

  private final TenantDirectory tenants;
  private final CaseNumbers caseNumbers;
  private final CaseRecords records;
  private final RequestPublisher publisher;
  private final Clock clock;

  public OpenCase(
      TenantDirectory tenants,
      CaseNumbers caseNumbers,
      CaseRecords records,
      RequestPublisher publisher,
      Clock clock) {
    this.tenants = tenants;
    this.caseNumbers = caseNumbers;
    this.records = records;
    this.publisher = publisher;
    this.clock = clock;
  }

  public OpenedCase open(NewRequest request) {
    Tenant tenant =
        tenants.byId(request.tenantId()).orElseThrow(() -> new UnknownTenantException(request.tenantId()));
    // Avro timestamps hold milliseconds; truncating here keeps the record and the event equal.
    Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    OpenedCase opened = recordWithFreshNumber(tenant, request, receivedAt);
    try {
      publisher.announce(opened);
      records.markAnnounced(opened.supportCase().caseId(), clock.instant());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Case " + opened.supportCase().caseNumber()
          + " stored; announcing it failed and the relay will retry: " + e.getMessage());
    }
    return opened;
  }

  private OpenedCase recordWithFreshNumber(Tenant tenant, NewRequest request, Instant receivedAt) {
    for (int attempt = 1; ; attempt++) {
      SupportCase supportCase = new SupportCase(
          UUID.randomUUID().toString(),
          tenant.tenantId(),
          new CaseNumber(tenant.caseNumberPrefix(), caseNumbers.next(tenant.tenantId())),
          request.channel(),
          CaseStatus.NEW,
          request.priority() != null ? request.priority() : SeverityScale.UNSTATED,
          request.statedSeverity(),
          request.reporter(),
          request.subject(),
          request.description(),
          request.product(),
          request.version(),
          request.language(),
          receivedAt);
      OpenedCase opened =
          new OpenedCase(supportCase, UUID.randomUUID().toString(), request.correlationKey());
      try {
        records.recordNew(opened);
        return opened;
      } catch (CaseNumberTakenException e) {
        if (attempt == NUMBER_ATTEMPTS) {
          throw e;
        }
        LOG.log(Level.WARNING, e.getMessage() + "; taking the next number");
      }
    }
  }
}
