package io.supportflow.intake.domain.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.supportflow.intake.domain.IllegalTransitionException;
import io.supportflow.intake.domain.InvalidActivityException;
import io.supportflow.intake.domain.Reporter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentTest {

  private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

  private static Incident opened() {
    return Incident.open("inc-1", "acme", "  Checkout down\u200B for everyone ", null, "olaf", LinkReason.AGENT, T0);
  }

  private static LinkedCase linked(String caseId, String email) {
    return new LinkedCase(caseId, "ACME-0000" + caseId.substring(2), new Reporter("R " + caseId, email, null), null,
        T0.plusSeconds(60), "olaf", LinkReason.AGENT);
  }

  /** The incident with two cases linked. */
  private static Incident withTwoCases() {
    Incident i = opened().link(linked("c-1", "ann@northwind.example"), "e-1").after();
    return i.link(linked("c-2", "bob@globex.example"), "e-2").after();
  }

  @Test
  void anIncidentOpensInvestigatingWithItsTitleCleanedAndNoCases() {
    Incident i = opened();

    assertThat(i.status()).isEqualTo(IncidentStatus.INVESTIGATING);
    assertThat(i.title()).isEqualTo("Checkout down for everyone");
    assertThat(i.cases()).isEmpty();
    assertThat(i.revision()).isZero();
    assertThatThrownBy(() -> Incident.open("i", "acme", " ", null, "olaf", LinkReason.AGENT, T0))
        .isInstanceOf(InvalidActivityException.class).hasMessageContaining("title");
    assertThatThrownBy(() -> Incident.open("i", "acme", "x", IncidentStatus.RESOLVED, "olaf", LinkReason.AGENT, T0))
        .isInstanceOf(InvalidActivityException.class);
  }

  @Test
  void theOpenStatusesFollowEachOtherInAnyOrderButNeverToThemselvesOrToResolved() {
    Incident i = opened();
    i = i.changeStatus(IncidentStatus.IDENTIFIED, "olaf", T0.plusSeconds(1), "s-1").after();
    i = i.changeStatus(IncidentStatus.MONITORING, "olaf", T0.plusSeconds(2), "s-2").after();
    // The fix did not hold.
    i = i.changeStatus(IncidentStatus.INVESTIGATING, "olaf", T0.plusSeconds(3), "s-3").after();

    assertThat(i.status()).isEqualTo(IncidentStatus.INVESTIGATING);
    assertThat(i.updates()).extracting(IncidentUpdate::statusAfter).containsExactly(
        IncidentStatus.IDENTIFIED, IncidentStatus.MONITORING, IncidentStatus.INVESTIGATING);
    assertThat(i.updates().getLast().previousStatus()).isEqualTo(IncidentStatus.MONITORING);
    assertThat(i.revision()).isEqualTo(3);
    Incident now = i;
    assertThatThrownBy(() -> now.changeStatus(IncidentStatus.INVESTIGATING, "olaf", T0, "x"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("already INVESTIGATING");
    assertThatThrownBy(() -> now.changeStatus(IncidentStatus.RESOLVED, "olaf", T0, "x"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("Resolve the incident");
    assertThatThrownBy(() -> now.postUpdate("Fixed", IncidentStatus.RESOLVED, "olaf", T0, "x"))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aStatusChangeTellsEveryLinkedCaseWithoutAMessage() {
    Incident.Change change = withTwoCases().changeStatus(IncidentStatus.IDENTIFIED, "olaf", T0.plusSeconds(120), "s-1");

    assertThat(change.notices()).extracting(IncidentNotice::caseId).containsExactly("c-1", "c-2");
    assertThat(change.notices()).allSatisfy(n -> {
      assertThat(n.kind()).isEqualTo(IncidentActivityKind.STATUS_CHANGED);
      assertThat(n.status()).isEqualTo(IncidentStatus.IDENTIFIED);
      assertThat(n.previousStatus()).isEqualTo(IncidentStatus.INVESTIGATING);
      assertThat(n.message()).isNull();
    });
  }

  @Test
  void linkingTellsTheCaseAndLinkingItAgainChangesNothing() {
    Incident before = opened();
    Incident.Change first = before.link(linked("c-1", "ann@northwind.example"), "e-1");
    Incident.Change again = first.after().link(linked("c-1", "ann@northwind.example"), "e-2");

    assertThat(first.after().revision()).isEqualTo(1);
    assertThat(first.notices()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(IncidentActivityKind.LINKED);
      assertThat(n.caseId()).isEqualTo("c-1");
      assertThat(n.linkReason()).isEqualTo(LinkReason.AGENT);
      assertThat(n.linkedCases()).isEqualTo(1);
      assertThat(n.reporter().email()).isEqualTo("ann@northwind.example");
      assertThat(n.title()).isEqualTo("Checkout down for everyone");
    });
    assertThat(again.after()).isEqualTo(first.after());
    assertThat(again.notices()).isEmpty();
  }

  @Test
  void anUpdateTellsEveryLinkedCaseOnceWithOneIncidentEventIdAndAnEventIdOfItsOwn() {
    Incident.Change change = withTwoCases().postUpdate("  We found the cause: a full disk.\r\nFixing it now. ",
        IncidentStatus.IDENTIFIED, "olaf", T0.plusSeconds(300), "u-1");

    assertThat(change.after().status()).isEqualTo(IncidentStatus.IDENTIFIED);
    assertThat(change.notices()).hasSize(2).allSatisfy(n -> {
      assertThat(n.kind()).isEqualTo(IncidentActivityKind.UPDATE_POSTED);
      assertThat(n.incidentEventId()).isEqualTo("u-1");
      assertThat(n.message()).isEqualTo("We found the cause: a full disk.\nFixing it now.");
      assertThat(n.previousStatus()).isEqualTo(IncidentStatus.INVESTIGATING);
      assertThat(n.at()).isEqualTo(T0.plusSeconds(300));
    });
    assertThat(change.notices()).extracting(IncidentNotice::eventId).doesNotHaveDuplicates()
        .containsExactly(IncidentNotice.eventIdFor("u-1", "c-1"), IncidentNotice.eventIdFor("u-1", "c-2"));
    assertThat(change.after().updates()).singleElement()
        .satisfies(u -> assertThat(u.message()).startsWith("We found the cause"));
    Incident now = change.after();
    assertThatThrownBy(() -> now.postUpdate(" \n ", null, "olaf", T0, "u-2"))
        .isInstanceOf(InvalidActivityException.class).hasMessageContaining("message");
    assertThat(now.postUpdate("Still on it", null, "olaf", T0, "u-2").notices())
        .allSatisfy(n -> assertThat(n.previousStatus()).isNull());
  }

  @Test
  void resolvingListsEveryLinkedCaseToResolveAtTheResolveInstantAndTellsEachOfThem() {
    Instant at = T0.plusSeconds(3600);
    Incident.Change change = withTwoCases().resolve("Disk replaced; all shops are back.", "olaf", at, "r-1");

    assertThat(change.after().status()).isEqualTo(IncidentStatus.RESOLVED);
    assertThat(change.after().resolvedAt()).isEqualTo(at);
    assertThat(change.casesToResolve()).containsExactly("c-1", "c-2");
    assertThat(change.notices()).hasSize(2).allSatisfy(n -> {
      assertThat(n.kind()).isEqualTo(IncidentActivityKind.STATUS_CHANGED);
      assertThat(n.status()).isEqualTo(IncidentStatus.RESOLVED);
      assertThat(n.message()).isEqualTo("Disk replaced; all shops are back.");
    });
  }

  @Test
  void aResolvedIncidentIsFinal() {
    Incident resolved = withTwoCases().resolve(null, "olaf", T0.plusSeconds(60), "r-1").after();

    assertThatThrownBy(() -> resolved.link(linked("c-3", null), "e-3")).isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("resolved");
    assertThatThrownBy(() -> resolved.postUpdate("More", null, "olaf", T0, "u")).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> resolved.changeStatus(IncidentStatus.MONITORING, "olaf", T0, "s"))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> resolved.resolve(null, "olaf", T0, "r-2")).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> resolved.unlink("c-1", "olaf", T0, "x")).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void unlinkingTellsOnlyThatCaseAndAnUnlinkedCaseHearsNoMoreUpdates() {
    Incident.Change unlinked = withTwoCases().unlink("c-1", "olaf", T0.plusSeconds(90), "x-1");

    assertThat(unlinked.notices()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(IncidentActivityKind.UNLINKED);
      assertThat(n.caseId()).isEqualTo("c-1");
      assertThat(n.linkedCases()).isEqualTo(1);
    });
    assertThat(unlinked.after().postUpdate("News", null, "olaf", T0, "u-1").notices())
        .extracting(IncidentNotice::caseId).containsExactly("c-2");
    assertThatThrownBy(() -> unlinked.after().unlink("c-1", "olaf", T0, "x-2"))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("not linked");
  }

  @Test
  void statusesAreReadInAnyLetterCaseAndAnythingElseIsRefusedNamingTheField() {
    assertThat(IncidentStatus.read("status", " monitoring ")).isEqualTo(IncidentStatus.MONITORING);
    assertThatThrownBy(() -> IncidentStatus.read("status", "FIXED"))
        .isInstanceOf(InvalidActivityException.class)
        .satisfies(e -> assertThat(((InvalidActivityException) e).field()).isEqualTo("status"));
  }
}
