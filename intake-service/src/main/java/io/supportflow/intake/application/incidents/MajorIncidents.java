package io.supportflow.intake.application.incidents;

import io.supportflow.intake.application.CaseFiles;
import io.supportflow.intake.application.CaseNotFoundException;
import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.application.agent.ActOnCase;
import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.ActivityRequest;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.IllegalTransitionException;
import io.supportflow.intake.domain.incident.Incident;
import io.supportflow.intake.domain.incident.IncidentNotice;
import io.supportflow.intake.domain.incident.IncidentStatus;
import io.supportflow.intake.domain.incident.IncidentUpdate;
import io.supportflow.intake.domain.incident.LinkReason;
import io.supportflow.intake.domain.incident.LinkedCase;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Major incidents: one problem, many cases of one tenant. Agents open them, link and unlink cases,
 * post updates, change the status and resolve them; the rules ({@link AlertIncidents},
 * {@link ProductSurges}) open them and link cases on their own. Every change is stored with what each
 * linked case is told of it (one write), then announced; what could not be announced at once, the
 * relay announces later with the same event ids. Resolving an incident resolves each linked case
 * still in work at the incident's resolve instant, each once (the case's own RESOLVED activity, so its
 * clocks keep their own record); a crash in between leaves the rest to the relay.
 */
public record MajorIncidents(Incidents incidents, IncidentClaims claims, CaseFiles files, IncidentCases caseFacts,
    IncidentPublisher publisher, RecordActivity recordActivity, Clock clock) {

  /** A claim this young whose incident is not stored yet is being set up by someone else right now. */
  static final Duration CLAIM_GRACE = Duration.ofSeconds(30);
  static final String CASE_KEY = "case:";
  static final String ALERT_KEY = "alert:";
  static final String PRODUCT_KEY = "product:";
  private static final System.Logger LOG = System.getLogger(MajorIncidents.class.getName());
  private static final int ATTEMPTS = 5;
  private static final int MAX_LISTED = 200;

  public static String alertKey(String fingerprint) {
    return ALERT_KEY + fingerprint;
  }

  public static String productKey(String productId) {
    return PRODUCT_KEY + productId;
  }

  // ---- what agents do

  /** Opens an incident and links the cases named (each must be in work and in no other open incident). */
  public Incident open(String tenantId, String agentId, String title, IncidentStatus status, List<String> caseNumbers) {
    List<CaseFile> cases = linkable(tenantId, null, caseNumbers);
    Incident incident = Incident.open(newId(), tenantId, title, status, agentId, LinkReason.AGENT, now());
    incidents.insert(incident);
    LOG.log(Level.INFO, "Opened major incident " + incident.incidentId() + " \"" + incident.title() + "\"");
    for (CaseFile file : cases) {
      linkCase(tenantId, incident.incidentId(), file, agentId, LinkReason.AGENT, null, true);
    }
    return view(tenantId, incident.incidentId());
  }

  public Incident view(String tenantId, String incidentId) {
    return incidents.byId(tenantId, incidentId).orElseThrow(() -> new IncidentNotFoundException(incidentId));
  }

  public List<Incident> list(String tenantId, boolean openOnly) {
    return incidents.ofTenant(tenantId, openOnly, MAX_LISTED);
  }

  /** The open incident the case is part of, if any. */
  public Optional<Incident> ofCase(String tenantId, String caseId) {
    return claims.holder(tenantId, CASE_KEY + caseId)
        .flatMap(c -> incidents.byId(tenantId, c.incidentId()))
        .filter(i -> i.linked(caseId).isPresent());
  }

  /** Links the cases; {@code ifRevision} (If-Match) is the revision the agent saw, null for any. */
  public Incident link(String tenantId, String incidentId, Long ifRevision, String agentId, List<String> caseNumbers) {
    requireRevision(view(tenantId, incidentId), ifRevision);
    for (CaseFile file : linkable(tenantId, incidentId, caseNumbers)) {
      linkCase(tenantId, incidentId, file, agentId, LinkReason.AGENT, null, true);
    }
    return view(tenantId, incidentId);
  }

  public Incident unlink(String tenantId, String incidentId, Long ifRevision, String agentId, String caseNumber) {
    CaseFile file = files.byNumber(tenantId, caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    Incident after = change(tenantId, incidentId, ifRevision,
        incident -> incident.unlink(file.caseId(), agentId, now(), newId())).after();
    claims.release(tenantId, CASE_KEY + file.caseId(), incidentId);
    caseFacts.alertFingerprint(tenantId, file.caseId())
        .filter(fp -> after.cases().stream().noneMatch(c -> fp.equals(c.fingerprint())))
        .ifPresent(fp -> claims.release(tenantId, alertKey(fp), incidentId));
    return after;
  }

  /** An update for everyone affected, mailed to each linked case's reporter; the status may change with it. */
  public Incident postUpdate(String tenantId, String incidentId, Long ifRevision, String agentId, String message,
      IncidentStatus status) {
    return change(tenantId, incidentId, ifRevision,
        incident -> incident.postUpdate(message, status, agentId, now(), newId())).after();
  }

  public Incident changeStatus(String tenantId, String incidentId, Long ifRevision, String agentId,
      IncidentStatus status) {
    return change(tenantId, incidentId, ifRevision,
        incident -> incident.changeStatus(status, agentId, now(), newId())).after();
  }

  /** Resolves the incident and, at the same instant, every linked case still in work. */
  public Incident resolve(String tenantId, String incidentId, Long ifRevision, String agentId, String note) {
    Incident.Change change = change(tenantId, incidentId, ifRevision,
        incident -> incident.resolve(note, agentId, now(), newId()));
    claims.releaseAll(tenantId, incidentId);
    resolveCases(change.after(), change.casesToResolve());
    return change.after();
  }

  // ---- what the rules do

  /** The open incident that holds the key (an alert's fingerprint, a product), if any. */
  Optional<Incident> holding(String tenantId, String key) {
    return claims.holder(tenantId, key).flatMap(c -> incidents.byId(tenantId, c.incidentId())).filter(Incident::open);
  }

  /** Links the case to the open incident holding the key, if one does; whether the case is part of it now. */
  boolean linkToHolder(String tenantId, String key, CaseFile file, LinkReason reason) {
    Optional<Incident> holder = holding(tenantId, key);
    return holder.isPresent() && linkCase(tenantId, holder.get().incidentId(), file, reason.ruleActor(), reason, null,
        false);
  }

  /**
   * Opens an incident for the key (at most one while it is open, whoever asks at once) and links the
   * cases to it; when another incident holds the key, links them to that one instead.
   */
  Optional<Incident> openByRule(String tenantId, String key, String title, LinkReason reason, List<CaseFile> cases) {
    String incidentId = newId();
    if (!claimFor(tenantId, key, incidentId, null)) {
      Optional<Incident> holder = awaitHolder(tenantId, key);
      holder.ifPresent(h -> cases.forEach(f -> linkCase(tenantId, h.incidentId(), f, reason.ruleActor(), reason, null,
          false)));
      return holder;
    }
    Incident incident = Incident.open(incidentId, tenantId, title, null, reason.ruleActor(), reason, now());
    incidents.insert(incident);
    LOG.log(Level.INFO, "Rule " + reason + " opened major incident " + incidentId + " \"" + incident.title() + "\"");
    cases.forEach(f -> linkCase(tenantId, incidentId, f, reason.ruleActor(), reason, null, false));
    return incidents.byId(tenantId, incidentId);
  }

  // ---- the relay

  /** Resolves the cases of resolved incidents that a crash (or a failure) left unresolved; how many. */
  public int resolveDue(int limit, Duration grace) {
    int resolved = 0;
    for (Incidents.Resolving r : incidents.resolvingBefore(now().minus(grace), limit)) {
      resolveCases(r.incident(), r.caseIds());
      resolved += r.caseIds().size();
    }
    return resolved;
  }

  // ---- the mechanics

  private List<CaseFile> linkable(String tenantId, String incidentId, List<String> caseNumbers) {
    List<CaseFile> cases = new ArrayList<>();
    for (String number : caseNumbers) {
      CaseFile file = files.byNumber(tenantId, number).orElseThrow(() -> new CaseNotFoundException(number));
      requireInWork(file);
      Optional<IncidentClaims.Claim> claim = claims.holder(tenantId, CASE_KEY + file.caseId());
      if (claim.isPresent() && !claim.get().incidentId().equals(incidentId)
          && holds(tenantId, claim.get(), file.caseId())) {
        throw new CaseInOtherIncidentException(number, claim.get().incidentId());
      }
      cases.add(file);
    }
    return cases;
  }

  private static void requireInWork(CaseFile file) {
    if (!file.active()) {
      throw new IllegalTransitionException(file.opened().caseNumber() + " is " + file.status()
          + "; only a case in work joins an incident");
    }
  }

  /**
   * Links one case: claims it for the incident, then adds it (with its notice); an alert's case also
   * claims its fingerprint, so the alert's later cases join too. An agent is refused a case of another
   * open incident; a rule leaves it there (false).
   */
  private boolean linkCase(String tenantId, String incidentId, CaseFile file, String actor, LinkReason reason,
      Long ifRevision, boolean refuse) {
    String number = file.opened().caseNumber().toString();
    if (!file.active()) {
      if (refuse) {
        requireInWork(file);
      }
      return false;
    }
    String key = CASE_KEY + file.caseId();
    if (!claimFor(tenantId, key, incidentId, file.caseId())) {
      if (refuse) {
        throw new CaseInOtherIncidentException(number,
            claims.holder(tenantId, key).map(IncidentClaims.Claim::incidentId).orElse("?"));
      }
      return false;
    }
    Optional<String> fingerprint = caseFacts.alertFingerprint(tenantId, file.caseId());
    LinkedCase linked = new LinkedCase(file.caseId(), number, file.opened().reporter(), fingerprint.orElse(null),
        now(), actor, reason);
    try {
      change(tenantId, incidentId, ifRevision, incident -> incident.link(linked, newId()));
    } catch (RuntimeException e) {
      claims.release(tenantId, key, incidentId);
      throw e;
    }
    fingerprint.ifPresent(fp -> claimFor(tenantId, alertKey(fp), incidentId, null));
    return true;
  }

  /** Claims the key for the incident, taking over a stale claim; false when another incident holds it. */
  private boolean claimFor(String tenantId, String key, String incidentId, String caseId) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      IncidentClaims.Claim standing = claims.claim(tenantId, key, incidentId, now());
      if (standing.incidentId().equals(incidentId)) {
        return true;
      }
      if (holds(tenantId, standing, caseId)) {
        return false;
      }
      if (claims.takeOver(tenantId, key, standing.incidentId(), incidentId, now())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the claim stands: its incident is open (and links the case), or it is being set up right now. */
  private boolean holds(String tenantId, IncidentClaims.Claim claim, String caseId) {
    if (claim.claimedAt().isAfter(now().minus(CLAIM_GRACE))) {
      return true;
    }
    return incidents.byId(tenantId, claim.incidentId())
        .filter(Incident::open)
        .filter(i -> caseId == null || i.linked(caseId).isPresent())
        .isPresent();
  }

  /** The incident that won the key a moment ago, once it is stored (briefly waited for). */
  private Optional<Incident> awaitHolder(String tenantId, String key) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Optional<Incident> holder = holding(tenantId, key);
      if (holder.isPresent()) {
        return holder;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Optional.empty();
  }

  /** Applies the change to the incident as stored, stores it (retrying on a concurrent change), announces it. */
  private Incident.Change change(String tenantId, String incidentId, Long ifRevision,
      Function<Incident, Incident.Change> change) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Incident before = view(tenantId, incidentId);
      requireRevision(before, ifRevision);
      Incident.Change changed = change.apply(before);
      if (changed.after().revision() == before.revision()) {
        return changed;
      }
      if (incidents.save(before, changed) == Incidents.Save.SAVED) {
        announce(tenantId, incidentId, changed.notices());
        return changed;
      }
      LOG.log(Level.DEBUG, "Incident " + incidentId + " changed meanwhile; deciding again");
    }
    throw new ConcurrentIncidentChangeException(incidentId);
  }

  private static void requireRevision(Incident incident, Long ifRevision) {
    if (ifRevision != null && ifRevision != incident.revision()) {
      throw new StaleIncidentException(ifRevision, incident.revision());
    }
  }

  private void announce(String tenantId, String incidentId, List<IncidentNotice> notices) {
    for (IncidentNotice notice : notices) {
      try {
        publisher.announce(tenantId, notice);
        incidents.markAnnounced(incidentId, notice.eventId());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Incident " + incidentId + ": " + notice.kind() + " for " + notice.caseNumber()
            + " stored; announcing it failed and the relay will retry: " + e.getMessage());
        return;
      }
    }
  }

  /**
   * Each listed case still in work gets its own RESOLVED at the incident's resolve instant, once (a
   * dedup key per incident); a case resolved or closed meanwhile keeps its own resolution.
   */
  private void resolveCases(Incident incident, List<String> caseIds) {
    IncidentUpdate resolution = incident.updates().getLast();
    ActivityRequest resolve = ActivityRequest.of(ActivityKind.RESOLVED, resolution.actor(), ActOnCase.CHANNEL)
        .withReason("Resolved with the major incident \"" + incident.title() + "\"")
        .withMessage(resolution.message());
    for (String caseId : caseIds) {
      try {
        recordActivity.onCaseIdAt(incident.tenantId(), caseId, resolve, "incident:" + incident.incidentId() + ":resolved",
            incident.resolvedAt());
      } catch (IllegalTransitionException | CaseNotFoundException e) {
        LOG.log(Level.INFO, "Incident " + incident.incidentId() + " left case " + caseId + " as it is: " + e.getMessage());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Incident " + incident.incidentId() + " could not resolve case " + caseId
            + " yet; the relay will retry: " + e.getMessage());
        continue;
      }
      incidents.markCaseResolved(incident.incidentId(), caseId);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
