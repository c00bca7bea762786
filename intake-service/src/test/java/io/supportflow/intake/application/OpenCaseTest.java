package io.supportflow.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.Tenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenCaseTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:15:30.123456Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryRecords records = new InMemoryRecords();
  private final FlakyPublisher publisher = new FlakyPublisher();
  private final TenantDirectory tenants = new TenantDirectory() {
    public Optional<Tenant> byId(String id) {
      return id.equals("acme") ? Optional.of(new Tenant("acme", "ACME", "ACME")) : Optional.empty();
    }

    public Optional<Tenant> byApiKey(String key) {
      return Optional.empty();
    }
  };
  private final Map<String, Long> counters = new HashMap<>();
  private final Map<String, OriginClaim> origins = new HashMap<>();
  private final CaseOrigins caseOrigins = (tenant, key, candidate, fingerprint) -> {
    OriginClaim existing = origins.get(tenant + "|" + key);
    if (existing != null) {
      return new OriginClaim(existing.caseId(), existing.fingerprint(), false);
    }
    origins.put(tenant + "|" + key, new OriginClaim(candidate, fingerprint, true));
    return origins.get(tenant + "|" + key);
  };
  private final OpenCase openCase = new OpenCase(
      tenants, t -> counters.merge(t, 1L, Long::sum), records, caseOrigins,
      opened -> new AnnounceOpenedCases(publisher, records, clock).announceAll(List.of(opened)), clock);

  @Test
  void aRequestGetsTheTenantsNextCaseNumberAndIsAnnounced() {
    openCase.open(request(Priority.P1));
    OpenedCase second = openCase.open(request(Priority.P2));

    assertThat(second.supportCase().caseNumber()).hasToString("ACME-000002");
    assertThat(second.supportCase().receivedAt()).isEqualTo(Instant.parse("2026-11-24T09:15:30.123Z"));
    assertThat(publisher.announced).hasSize(2);
    assertThat(records.announced).containsExactly(
        publisher.announced.get(0).supportCase().caseId(), second.supportCase().caseId());
  }

  @Test
  void aRequestWithoutSeverityIsModerateUntilSupportAssignsOne() {
    assertThat(openCase.open(request(null)).supportCase().priority()).isEqualTo(Priority.P3);
  }

  @Test
  void whenKafkaIsAwayTheCaseStillStandsAndTheRelayAnnouncesItLater() {
    publisher.failing = true;
    OpenedCase opened = openCase.open(request(Priority.P1));

    assertThat(records.stored).containsKey(opened.supportCase().caseId());
    assertThat(records.announced).isEmpty();

    publisher.failing = false;
    Clock later = Clock.offset(clock, Duration.ofSeconds(11));
    int relayed = AnnouncePending.cases(records, publisher, later, Duration.ofSeconds(10)).announceDue(100);

    assertThat(relayed).isEqualTo(1);
    assertThat(publisher.announced).singleElement()
        .satisfies(a -> assertThat(a.requestEventId()).isEqualTo(opened.requestEventId()));
    assertThat(records.announced).containsExactly(opened.supportCase().caseId());
  }

  @Test
  void theRelayLeavesAFreshCaseToItsOwnRequest() {
    publisher.failing = true;
    openCase.open(request(Priority.P1));
    publisher.failing = false;

    int relayed = AnnouncePending.cases(records, publisher, clock, Duration.ofSeconds(10)).announceDue(100);

    assertThat(relayed).isZero();
  }

  @Test
  void aNumberAlreadyOnAnotherCaseIsSkippedForTheNextOne() {
    records.taken.add("ACME-000001");
    records.taken.add("ACME-000002");

    OpenedCase opened = openCase.open(request(Priority.P1));

    assertThat(opened.supportCase().caseNumber()).hasToString("ACME-000003");
    assertThat(records.stored).hasSize(1);
  }

  @Test
  void anUnknownTenantOpensNothing() {
    NewRequest stranger = new NewRequest("nobody", Channel.PORTAL, new Reporter(null, "a@b.example", null),
        "s", "d", null, null, null, null, null, null);

    assertThatThrownBy(() -> openCase.open(stranger)).isInstanceOf(UnknownTenantException.class);
    assertThat(records.stored).isEmpty();
  }

  @Test
  void aRetryWithTheSameOriginGetsTheSameCaseAndNoSecondAnnouncement() {
    Opening first = openCase.openOnce(withOrigin("idem:olivia:k-1", "fp-1"));
    Opening retry = openCase.openOnce(withOrigin("idem:olivia:k-1", "fp-1"));

    assertThat(first.created()).isTrue();
    assertThat(retry.created()).isFalse();
    assertThat(retry.opened().supportCase().caseNumber()).isEqualTo(first.opened().supportCase().caseNumber());
    assertThat(records.stored).hasSize(1);
    assertThat(publisher.announced).hasSize(1);
  }

  @Test
  void aFreshClaimOpensItsCaseWithoutLookingForOneAndOnlyTheRetryLooks() {
    openCase.openOnce(withOrigin("idem:olivia:k-3", "fp-1"));
    assertThat(records.reads).as("nothing can be stored under a fresh claim's new id").isZero();

    openCase.openOnce(withOrigin("idem:olivia:k-3", "fp-1"));
    assertThat(records.reads).isEqualTo(1);
  }

  @Test
  void theSameKeyForADifferentRequestIsRefused() {
    openCase.openOnce(withOrigin("idem:olivia:k-2", "fp-1"));

    assertThatThrownBy(() -> openCase.openOnce(withOrigin("idem:olivia:k-2", "fp-2")))
        .isInstanceOf(IdempotencyKeyReusedException.class);
    assertThat(records.stored).hasSize(1);
  }

  @Test
  void aClaimWhoseCaseWasNeverStoredIsCompletedByTheRetry() {
    origins.put("acme|mail:<lost@x>", new OriginClaim("11111111-1111-1111-1111-111111111111", null, true));

    Opening retry = openCase.openOnce(withOrigin("mail:<lost@x>", null));

    assertThat(retry.created()).isTrue();
    assertThat(retry.opened().supportCase().caseId()).isEqualTo("11111111-1111-1111-1111-111111111111");
    assertThat(records.stored).containsOnlyKeys("11111111-1111-1111-1111-111111111111");
  }

  private static NewRequest withOrigin(String originKey, String fingerprint) {
    NewRequest r = request(Priority.P2);
    return new NewRequest(r.tenantId(), r.channel(), r.reporter(), r.subject(), r.description(), r.statedSeverity(),
        r.priority(), null, null, "en", null, null, null, null, List.of(), originKey, fingerprint);
  }

  private static NewRequest request(Priority priority) {
    return new NewRequest("acme", Channel.PORTAL, new Reporter("Olivia", "ops@northwind.example", null),
        "Checkout is down", "HTTP 500 everywhere", priority == null ? null : priority.name(), priority,
        null, null, "en", null);
  }

  private static final class FlakyPublisher implements RequestPublisher {
    boolean failing;
    final List<OpenedCase> announced = new ArrayList<>();

    public void announce(OpenedCase opened) {
      if (failing) {
        throw new IllegalStateException("broker unreachable");
      }
      announced.add(opened);
    }
  }

  private static final class InMemoryRecords implements CaseRecords {
    final Map<String, OpenedCase> stored = new HashMap<>();
    final List<String> announced = new ArrayList<>();
    final java.util.Set<String> taken = new java.util.HashSet<>();
    int reads;

    public void recordNew(OpenedCase opened) {
      if (taken.contains(opened.supportCase().caseNumber().toString())) {
        throw new CaseNumberTakenException(opened.supportCase().caseNumber().toString());
      }
      stored.put(opened.supportCase().caseId(), opened);
    }

    public void markAnnounced(String caseId, Instant at) {
      announced.add(caseId);
    }

    public Optional<OpenedCase> byId(String caseId) {
      reads++;
      return Optional.ofNullable(stored.get(caseId));
    }

    public List<OpenedCase> unannouncedBefore(Instant cutoff, int limit) {
      return stored.values().stream()
          .filter(o -> !announced.contains(o.supportCase().caseId()))
          .filter(o -> o.supportCase().receivedAt().isBefore(cutoff))
          .limit(limit)
          .toList();
    }
  }
}
