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
import java.util.Objects;
import java.util.UUID;

/**
 * Opens a case for a normalised request: the case number at once, the record stored, then the
 * request handed to be announced (off the request thread in the service). If the announcement fails
 * the case still stands and the relay announces it.
 * A request with an origin key opens at most one case, however often and wherever it is retried.
 */
public record OpenCase(
    TenantDirectory tenants,
    CaseNumbers caseNumbers,
    CaseRecords records,
    CaseOrigins origins,
    Announcements announcements,
    Clock clock) {

  private static final System.Logger LOG = System.getLogger(OpenCase.class.getName());
  // The counter is atomic on MongoDB; the unique index is the guard should it ever not be
  // (a restored backup, a wire server without atomic updates): take the next number instead.
  private static final int NUMBER_ATTEMPTS = 5;

  public OpenedCase open(NewRequest request) {
    return openOnce(request).opened();
  }

  /**
   * Opens the case, or returns the one this request's origin already opened. Claim first, then
   * store under the claimed id: a crash in between leaves a claim whose case the retry creates.
   */
  public Opening openOnce(NewRequest request) {
    Tenant tenant =
        tenants.byId(request.tenantId()).orElseThrow(() -> new UnknownTenantException(request.tenantId()));
    String caseId = UUID.randomUUID().toString();
    if (request.originKey() != null) {
      OriginClaim claim = origins.claim(tenant.tenantId(), request.originKey(), caseId, request.originFingerprint());
      if (!claim.fresh() && claim.fingerprint() != null
          && !Objects.equals(claim.fingerprint(), request.originFingerprint())) {
        throw new IdempotencyKeyReusedException();
      }
      // A claim this call made names the fresh id above, under which nothing is stored yet: only an
      // earlier claim may have its case already (one round trip fewer per new request).
      if (!claim.fresh()) {
        var existing = records.byId(claim.caseId());
        if (existing.isPresent()) {
          return new Opening(existing.get(), false);
        }
      }
      caseId = claim.caseId();
    }
    // Avro timestamps hold milliseconds; truncating here keeps the record and the event equal.
    Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    OpenedCase opened;
    try {
      opened = recordWithFreshNumber(tenant, caseId, request, receivedAt);
    } catch (CaseAlreadyRecordedException e) {
      return new Opening(records.byId(caseId).orElseThrow(() -> e), false);
    }
    LOG.log(Level.INFO, "Opened case " + opened.supportCase().caseNumber() + " from " + opened.supportCase().channel()
        + " at " + opened.supportCase().priority());
    announcements.announce(opened);
    return new Opening(opened, true);
  }

  private OpenedCase recordWithFreshNumber(Tenant tenant, String caseId, NewRequest request, Instant receivedAt) {
    for (int attempt = 1; ; attempt++) {
      SupportCase supportCase = new SupportCase(
          caseId,
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
          receivedAt,
          request.customerId(),
          request.customerHint(),
          request.category(),
          request.attachments());
      OpenedCase opened = new OpenedCase(
          supportCase, UUID.randomUUID().toString(), request.correlationKey(), request.originKey());
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
