package io.supportflow.intake.application.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.infra.testing.MutableClock;
import io.supportflow.intake.application.ActivityOnCase;
import io.supportflow.intake.application.AnnouncePending;
import io.supportflow.intake.application.FakeCaseFiles;
import io.supportflow.intake.application.RecordActivity;
import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.CaseActivity;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.CaseNumber;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SupportCase;
import io.supportflow.intake.domain.incident.CaseOnProduct;
import io.supportflow.intake.domain.incident.Incident;
import io.supportflow.intake.domain.incident.IncidentActivityKind;
import io.supportflow.intake.domain.incident.IncidentNotice;
import io.supportflow.intake.domain.incident.IncidentRules;
import io.supportflow.intake.domain.incident.IncidentStatus;
import io.supportflow.intake.domain.incident.LinkReason;
import io.supportflow.intake.domain.incident.ProductSurge;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the incident store and the relays guarantee, on in-memory ports: notices stored with the
 * change and announced once, by the relay with the same ids when the broker was away; cases of a
 * resolved incident resolved at its instant, once, by the relay when it failed at first; one open
 * incident per case and per product, a stale claim taken over.
 */
class MajorIncidentsTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
  private static final Duration GRACE = Duration.ofSeconds(10);

  private final MutableClock clock = new MutableClock(T0);
  private final Files files = new Files();
  private final Store store = new Store();
  private final Claims claims = new Claims();
  private final Facts facts = new Facts();
  private final Publisher publisher = new Publisher();
  private final List<ActivityOnCase> activities = new ArrayList<>();
  private final RecordActivity recordActivity = new RecordActivity(files, activities::add, clock);
  private final MajorIncidents incidents =
      new MajorIncidents(store, claims, files, facts, publisher, recordActivity, clock);

  @Test
  void whenTheBrokerIsAwayTheNoticesWaitWithTheChangeAndTheRelayAnnouncesThemOnceWithTheirIds() {
    files.open("c-1", 1, "ann@northwind.example");
    files.open("c-2", 2, "bob@globex.example");
    Incident incident = incidents.open("acme", "olaf", "Checkout outage", null, List.of("ACME-000001", "ACME-000002"));
    publisher.failing = true;

    incidents.postUpdate("acme", incident.incidentId(), null, "olaf", "Switching providers.", IncidentStatus.IDENTIFIED);

    assertThat(store.pending(incident.incidentId())).hasSize(2)
        .allSatisfy(n -> assertThat(n.kind()).isEqualTo(IncidentActivityKind.UPDATE_POSTED));
    List<String> ids = store.pending(incident.incidentId()).stream().map(IncidentNotice::eventId).toList();
    publisher.failing = false;
    AnnouncePending<Incidents.PendingNotice> relay =
        AnnouncePending.incidentNotices(store, publisher, clock, GRACE);
    assertThat(relay.announceDue(100)).as("within the grace it is the request's own").isZero();

    clock.advance(GRACE.plusSeconds(1));
    assertThat(relay.announceDue(100)).isEqualTo(2);
    assertThat(relay.announceDue(100)).isZero();

    assertThat(publisher.announced).filteredOn(n -> n.kind() == IncidentActivityKind.UPDATE_POSTED)
        .extracting(IncidentNotice::eventId).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(store.pending(incident.incidentId())).isEmpty();
  }

  @Test
  void aCaseTheResolutionCouldNotRecordIsResolvedByTheRelayAtTheResolveInstantAndOnlyOnce() {
    files.open("c-1", 1, "ann@northwind.example");
    files.open("c-2", 2, "bob@globex.example");
    Incident incident = incidents.open("acme", "olaf", "Checkout outage", null, List.of("ACME-000001", "ACME-000002"));
    clock.advance(Duration.ofMinutes(30));
    Instant resolvedAt = clock.instant();
    files.failing.add("c-2");

    Incident resolved = incidents.resolve("acme", incident.incidentId(), null, "olaf", "Back on the main provider.");

    assertThat(resolved.resolvedAt()).isEqualTo(resolvedAt);
    assertThat(files.status("c-1")).isEqualTo(CaseStatus.RESOLVED);
    assertThat(files.status("c-2")).isEqualTo(CaseStatus.NEW);
    assertThat(store.toResolve(incident.incidentId())).containsExactly("c-2");
    files.failing.clear();
    clock.advance(Duration.ofMinutes(5));

    assertThat(incidents.resolveDue(100, GRACE)).isEqualTo(1);
    assertThat(incidents.resolveDue(100, GRACE)).isZero();

    assertThat(files.status("c-2")).isEqualTo(CaseStatus.RESOLVED);
    assertThat(activities).filteredOn(a -> a.activity().kind() == ActivityKind.RESOLVED)
        .extracting(a -> a.caseId() + "@" + a.activity().occurredAt())
        .containsExactlyInAnyOrder("c-1@" + resolvedAt, "c-2@" + resolvedAt);
    assertThat(activities).filteredOn(a -> a.caseId().equals("c-2")).singleElement()
        .satisfies(a -> assertThat(a.activity().message()).isEqualTo("Back on the main provider."));
  }

  @Test
  void aCaseAlreadyResolvedKeepsItsOwnResolution() {
    files.open("c-1", 1, "ann@northwind.example");
    Incident incident = incidents.open("acme", "olaf", "Checkout outage", null, List.of("ACME-000001"));
    recordActivity.onCaseId("acme", "c-1",
        io.supportflow.intake.domain.ActivityRequest.of(ActivityKind.RESOLVED, "olaf", "AGENT_API"), null);

    incidents.resolve("acme", incident.incidentId(), null, "olaf", null);

    assertThat(activities).filteredOn(a -> a.activity().kind() == ActivityKind.RESOLVED).hasSize(1);
    assertThat(store.toResolve(incident.incidentId())).isEmpty();
  }

  @Test
  void aCaseBelongsToOneOpenIncidentAndAClaimWhoseIncidentIsGoneIsTakenOver() {
    files.open("c-1", 1, "ann@northwind.example");
    Incident first = incidents.open("acme", "olaf", "First", null, List.of("ACME-000001"));
    Incident second = incidents.open("acme", "olaf", "Second", null, List.of());

    assertThatThrownBy(() -> incidents.link("acme", second.incidentId(), null, "olaf", List.of("ACME-000001")))
        .isInstanceOf(CaseInOtherIncidentException.class).hasMessageContaining(first.incidentId());

    // A claim left by an incident that was never stored (a crash), older than the grace: taken over.
    files.open("c-3", 3, "cy@northwind.example");
    claims.claim("acme", "case:c-3", "never-stored", T0.minus(Duration.ofHours(1)));
    incidents.link("acme", second.incidentId(), null, "olaf", List.of("ACME-000003"));
    assertThat(incidents.view("acme", second.incidentId()).cases()).extracting(c -> c.caseId()).containsExactly("c-3");
    assertThat(incidents.ofCase("acme", "c-3")).map(Incident::incidentId).contains(second.incidentId());
  }

  @Test
  void theSurgeRuleOpensOneIncidentPerProductAndLaterCustomersCasesJoinIt() {
    ProductSurges surges = new ProductSurges(facts, new Settings(new IncidentRules(
        new ProductSurge(2, Duration.ofMinutes(15)), null)), files, incidents, clock);
    files.open("c-1", 1, "ann@northwind.example");
    files.open("c-2", 2, "bob@globex.example");
    files.open("c-3", 3, "cy@northwind.example");
    files.open("c-4", 4, "who@nowhere.example", null);

    surges.decided("acme", "c-1", "shop", "Shop");
    assertThat(store.all()).isEmpty();
    surges.decided("acme", "c-4", "shop", "Shop");
    assertThat(store.all()).as("a stranger's case does not count").isEmpty();
    clock.advance(Duration.ofMinutes(5));
    surges.decided("acme", "c-2", "shop", "Shop");
    surges.decided("acme", "c-2", "shop", "Shop");

    assertThat(store.all()).singleElement().satisfies(i -> {
      assertThat(i.origin()).isEqualTo(LinkReason.PRODUCT_SURGE);
      assertThat(i.title()).isEqualTo("Shop: 2 cases within 15 minutes");
      assertThat(i.cases()).extracting(c -> c.caseId()).containsExactlyInAnyOrder("c-1", "c-2");
    });
    surges.decided("acme", "c-3", "shop", "Shop");
    surges.decided("acme", "c-4", "shop", "Shop");
    assertThat(store.all()).singleElement().satisfies(i ->
        assertThat(i.cases()).extracting(c -> c.caseId()).containsExactlyInAnyOrder("c-1", "c-2", "c-3"));
  }

  // ---- in-memory ports

  private final class Files extends FakeCaseFiles {
    final Map<String, CaseFile> byId = new HashMap<>();
    final Set<String> failing = new HashSet<>();

    void open(String caseId, long sequence, String reporter) {
      open(caseId, sequence, reporter, "northwind");
    }

    void open(String caseId, long sequence, String reporter, String customerId) {
      byId.put(caseId, new CaseFile(new SupportCase(caseId, "acme", new CaseNumber("ACME", sequence), Channel.EMAIL,
          CaseStatus.NEW, Priority.P2, null, new Reporter(null, reporter, null), "Checkout fails", "d", null, null,
          null, clock.instant(), customerId, null, null, List.of()), CaseStatus.NEW, Priority.P2, 0, List.of(),
          Set.of()));
      facts.received.put(caseId, clock.instant());
    }

    CaseStatus status(String caseId) {
      return byId.get(caseId).status();
    }

    @Override
    public Optional<CaseFile> byNumber(String tenantId, String caseNumber) {
      return byId.values().stream().filter(f -> f.opened().caseNumber().toString().equals(caseNumber)).findFirst();
    }

    @Override
    public Optional<CaseFile> byId(String tenantId, String caseId) {
      return Optional.ofNullable(byId.get(caseId));
    }

    @Override
    public Append append(CaseFile expected, CaseActivity activity, Priority priorityAfter, String dedupKey) {
      if (failing.contains(expected.caseId())) {
        throw new IllegalStateException("Mongo away");
      }
      CaseFile file = byId.get(expected.caseId());
      Append refusal = refusal(file, expected, dedupKey);
      if (refusal != null) {
        return refusal;
      }
      byId.put(file.caseId(), appended(file, activity, priorityAfter, dedupKey));
      return Append.APPENDED;
    }

    @Override
    public void addParticipants(String tenantId, String caseId, java.util.Collection<String> addresses) {}

    @Override
    public void markActivityAnnounced(String caseId, String eventId) {}

    @Override
    public List<ActivityOnCase> unannouncedActivitiesBefore(Instant cutoff, int limit) {
      return List.of();
    }
  }

  /** One conditional write per change, as MongoIncidents does it. */
  private static final class Store implements Incidents {
    final Map<String, Incident> incidents = new HashMap<>();
    final Map<String, List<IncidentNotice>> pending = new HashMap<>();
    final Map<String, List<String>> toResolve = new HashMap<>();

    List<IncidentNotice> pending(String incidentId) {
      return List.copyOf(pending.getOrDefault(incidentId, List.of()));
    }

    List<String> toResolve(String incidentId) {
      return List.copyOf(toResolve.getOrDefault(incidentId, List.of()));
    }

    List<Incident> all() {
      return List.copyOf(incidents.values());
    }

    @Override
    public void insert(Incident incident) {
      incidents.put(incident.incidentId(), incident);
    }

    @Override
    public Optional<Incident> byId(String tenantId, String incidentId) {
      return Optional.ofNullable(incidents.get(incidentId)).filter(i -> i.tenantId().equals(tenantId));
    }

    @Override
    public List<Incident> ofTenant(String tenantId, boolean openOnly, int limit) {
      return incidents.values().stream().filter(i -> !openOnly || i.open()).toList();
    }

    @Override
    public Save save(Incident before, Incident.Change change) {
      if (incidents.get(before.incidentId()).revision() != before.revision()) {
        return Save.STALE;
      }
      incidents.put(before.incidentId(), change.after());
      pending.computeIfAbsent(before.incidentId(), k -> new ArrayList<>()).addAll(change.notices());
      toResolve.computeIfAbsent(before.incidentId(), k -> new ArrayList<>()).addAll(change.casesToResolve());
      return Save.SAVED;
    }

    @Override
    public void markAnnounced(String incidentId, String eventId) {
      pending.getOrDefault(incidentId, new ArrayList<>()).removeIf(n -> n.eventId().equals(eventId));
    }

    @Override
    public List<PendingNotice> unannouncedBefore(Instant cutoff, int limit) {
      return pending.values().stream().flatMap(List::stream).filter(n -> n.at().isBefore(cutoff))
          .map(n -> new PendingNotice("acme", n)).limit(limit).toList();
    }

    @Override
    public void markCaseResolved(String incidentId, String caseId) {
      toResolve.getOrDefault(incidentId, new ArrayList<>()).remove(caseId);
    }

    @Override
    public List<Resolving> resolvingBefore(Instant cutoff, int limit) {
      return toResolve.entrySet().stream().filter(e -> !e.getValue().isEmpty())
          .map(e -> new Resolving(incidents.get(e.getKey()), List.copyOf(e.getValue())))
          .filter(r -> r.incident().resolvedAt().isBefore(cutoff)).toList();
    }
  }

  private static final class Claims implements IncidentClaims {
    final Map<String, Claim> claims = new HashMap<>();

    @Override
    public Claim claim(String tenantId, String key, String incidentId, Instant at) {
      return claims.computeIfAbsent(key, k -> new Claim(incidentId, at));
    }

    @Override
    public boolean takeOver(String tenantId, String key, String staleIncidentId, String incidentId, Instant at) {
      Claim now = claims.get(key);
      if (now == null || !now.incidentId().equals(staleIncidentId)) {
        return false;
      }
      claims.put(key, new Claim(incidentId, at));
      return true;
    }

    @Override
    public Optional<Claim> holder(String tenantId, String key) {
      return Optional.ofNullable(claims.get(key));
    }

    @Override
    public void release(String tenantId, String key, String incidentId) {
      Claim held = claims.get(key);
      if (held != null && held.incidentId().equals(incidentId)) {
        claims.remove(key);
      }
    }

    @Override
    public void releaseAll(String tenantId, String incidentId) {
      claims.values().removeIf(c -> c.incidentId().equals(incidentId));
    }
  }

  private final class Facts implements IncidentCases {
    final Map<String, Instant> received = new HashMap<>();
    final Map<String, String> products = new HashMap<>();

    @Override
    public Optional<String> alertFingerprint(String tenantId, String caseId) {
      return Optional.empty();
    }

    @Override
    public void recordProduct(String tenantId, String caseId, String productId, String productName) {
      products.put(caseId, productId);
    }

    @Override
    public List<CaseOnProduct> activeOnProduct(String tenantId, String productId, Instant since, int limit) {
      return products.entrySet().stream().filter(e -> e.getValue().equals(productId))
          .map(e -> files.byId.get(e.getKey()))
          .filter(f -> f.active() && !f.opened().receivedAt().isBefore(since))
          .map(f -> new CaseOnProduct(f.caseId(), f.opened().caseNumber().toString(), f.opened().customerId(),
              f.opened().receivedAt()))
          .toList();
    }
  }

  private static final class Publisher implements IncidentPublisher {
    boolean failing;
    final List<IncidentNotice> announced = new ArrayList<>();

    @Override
    public void announce(String tenantId, IncidentNotice notice) {
      if (failing) {
        throw new IllegalStateException("broker unreachable");
      }
      announced.add(notice);
    }
  }

  private record Settings(IncidentRules rules) implements IncidentRuleSettings {
    @Override
    public IncidentRules rules(String tenantId) {
      return rules;
    }

    @Override
    public void save(String tenantId, IncidentRules rules) {}
  }
}
