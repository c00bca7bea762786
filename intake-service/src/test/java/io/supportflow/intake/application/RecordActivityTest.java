package io.supportflow.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.intake.domain.ActivityKind;
import io.supportflow.intake.domain.ActivityRequest;
import io.supportflow.intake.domain.CaseActivity;
import io.supportflow.intake.domain.CaseFile;
import io.supportflow.intake.domain.CaseNumber;
import io.supportflow.intake.domain.CaseStatus;
import io.supportflow.intake.domain.Channel;
import io.supportflow.intake.domain.IllegalTransitionException;
import io.supportflow.intake.domain.Priority;
import io.supportflow.intake.domain.Reporter;
import io.supportflow.intake.domain.SupportCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordActivityTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00.123Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryFiles files = new InMemoryFiles();
  private final FlakyPublisher publisher = new FlakyPublisher();
  private final RecordActivity recordActivity = new RecordActivity(files, publisher, clock);

  @Test
  void anActivityIsStoredWithTheStatusItLeadsToAndAnnounced() {
    var recorded = recordActivity.onCaseNumber("acme", "ACME-000042", null,
        ActivityRequest.of(ActivityKind.AGENT_RESPONDED, "olaf", "AGENT_API").withMessage("On it"), null);

    assertThat(recorded.activity().statusAfter()).isEqualTo(CaseStatus.OPEN);
    assertThat(files.file.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(files.file.revision()).isEqualTo(1);
    assertThat(publisher.announced).extracting(a -> a.activity().eventId()).containsExactly(recorded.activity().eventId());
    assertThat(files.pending).isEmpty();
  }

  @Test
  void whenKafkaIsAwayTheActivityStandsAndTheRelayAnnouncesItWithTheSameId() {
    publisher.failing = true;
    var recorded = recordActivity.onCaseNumber("acme", "ACME-000042", null,
        ActivityRequest.of(ActivityKind.PUT_ON_HOLD, "olaf", "AGENT_API").withReason("Waiting for logs"), null);

    assertThat(files.file.status()).isEqualTo(CaseStatus.ON_HOLD);
    assertThat(files.pending).containsExactly(recorded.activity().eventId());

    publisher.failing = false;
    int relayed = AnnouncePending.activities(files, publisher, Clock.offset(clock, Duration.ofSeconds(11)),
        Duration.ofSeconds(10)).announceDue(10);

    assertThat(relayed).isEqualTo(1);
    assertThat(publisher.announced).singleElement()
        .satisfies(a -> assertThat(a.activity().eventId()).isEqualTo(recorded.activity().eventId()));
    assertThat(files.pending).isEmpty();
  }

  @Test
  void theSameDedupKeyIsRecordedOnce() {
    ActivityRequest reply = ActivityRequest.of(ActivityKind.CUSTOMER_REPLIED, "ops@northwind.example", "EMAIL")
        .withMessage("Logs attached");

    var first = recordActivity.onCaseId("acme", "c-1", reply, "mail:<r1@x>");
    var second = recordActivity.onCaseId("acme", "c-1", reply, "mail:<r1@x>");

    assertThat(first.duplicate()).isFalse();
    assertThat(second.duplicate()).isTrue();
    assertThat(files.file.thread()).hasSize(1);
    assertThat(publisher.announced).hasSize(1);
  }

  @Test
  void aCaseThatChangedMeanwhileIsDecidedAgainOnItsNewState() {
    files.staleOnce = true;

    var recorded = recordActivity.onCaseNumber("acme", "ACME-000042", null,
        ActivityRequest.of(ActivityKind.RESOLVED, "olaf", "AGENT_API"), null);

    assertThat(recorded.activity().statusAfter()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(files.appendCalls).isEqualTo(2);
  }

  @Test
  void anotherCustomersCaseIsNotFoundAndAnIllegalTransitionStoresNothing() {
    assertThatThrownBy(() -> recordActivity.onCaseNumber("acme", "ACME-000042", "globex",
        ActivityRequest.of(ActivityKind.CUSTOMER_REPLIED, "globex", "PORTAL").withMessage("hi"), null))
        .isInstanceOf(CaseNotFoundException.class);
    assertThatThrownBy(() -> recordActivity.onCaseNumber("acme", "ACME-000042", null,
        ActivityRequest.of(ActivityKind.CLOSED, "olaf", "AGENT_API"), null))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(files.file.thread()).isEmpty();
    assertThat(publisher.announced).isEmpty();
  }

  private static final class FlakyPublisher implements ActivityPublisher {
    boolean failing;
    final List<ActivityOnCase> announced = new ArrayList<>();

    @Override
    public void announce(ActivityOnCase activity) {
      if (failing) {
        throw new IllegalStateException("broker unreachable");
      }
      announced.add(activity);
    }
  }

  /** One case, as a conditional single-document store would keep it. */
  private static final class InMemoryFiles extends FakeCaseFiles {
    CaseFile file = new CaseFile(new SupportCase("c-1", "acme", new CaseNumber("ACME", 42), Channel.EMAIL,
        CaseStatus.NEW, Priority.P3, null, new Reporter(null, "ops@northwind.example", null), "s", "d", null, null,
        null, NOW, "northwind", null, null, List.of()), CaseStatus.NEW, Priority.P3, 0, List.of(), Set.of());
    final List<String> pending = new ArrayList<>();
    boolean staleOnce;
    int appendCalls;

    @Override
    public Optional<CaseFile> byNumber(String tenantId, String caseNumber) {
      return caseNumber.equals("ACME-000042") ? Optional.of(file) : Optional.empty();
    }

    @Override
    public Optional<CaseFile> byId(String tenantId, String caseId) {
      return caseId.equals("c-1") ? Optional.of(file) : Optional.empty();
    }

    @Override
    public Append append(CaseFile expected, CaseActivity activity, Priority priorityAfter, String dedupKey) {
      appendCalls++;
      if (staleOnce) {
        staleOnce = false;
        file = new CaseFile(file.opened(), CaseStatus.OPEN, file.priority(), file.revision() + 1, file.thread(),
            file.threadKeys());
        return Append.STALE;
      }
      Append refusal = refusal(file, expected, dedupKey);
      if (refusal != null) {
        return refusal;
      }
      file = appended(file, activity, priorityAfter, dedupKey);
      pending.add(activity.eventId());
      return Append.APPENDED;
    }

    @Override
    public void addParticipants(String tenantId, String caseId, java.util.Collection<String> addresses) {
      file = new CaseFile(file.opened(), file.status(), file.priority(), file.revision(), file.thread(),
          file.threadKeys(), addresses.stream().collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public void markActivityAnnounced(String caseId, String eventId) {
      pending.remove(eventId);
    }

    @Override
    public List<ActivityOnCase> unannouncedActivitiesBefore(Instant cutoff, int limit) {
      return file.thread().stream()
          .filter(a -> pending.contains(a.eventId()) && a.occurredAt().isBefore(cutoff))
          .map(a -> new ActivityOnCase("acme", "c-1", "ACME-000042", a))
          .toList();
    }
  }
}
