package io.supportflow.intake.domain.incident;

import io.supportflow.intake.domain.IllegalTransitionException;
import io.supportflow.intake.domain.InputHygiene;
import io.supportflow.intake.domain.InvalidActivityException;
import io.supportflow.intake.domain.Required;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A major incident: one problem that many cases of one tenant report. It has a title, its own
 * status ({@link IncidentStatus}), the cases linked to it and its history of updates. Each change
 * returns the incident after it and what each linked case is told of it ({@link IncidentNotice});
 * the incident's store keeps both in one write, and the notices are announced from there.
 *
 * <p>Rules: an incident takes cases, updates and status changes only while open; a case is linked
 * at most once (linking it again changes nothing); an update needs a message; the status changes to
 * another open one by {@link #changeStatus}, and to RESOLVED only by {@link #resolve}, which lists
 * every linked case to be resolved with it. {@code revision} grows with every change, so two people
 * changing the incident at once cannot both apply to the same version.
 */
public record Incident(
    String incidentId,
    String tenantId,
    String title,
    IncidentStatus status,
    Instant openedAt,
    String openedBy,
    LinkReason origin,
    List<LinkedCase> cases,
    List<IncidentUpdate> updates,
    Instant resolvedAt,
    long revision) {

  /** The most cases one incident links (its document stays well inside MongoDB's 16 MB). */
  public static final int MAX_CASES = 1_000;
  /** The most updates and status changes one incident holds. */
  public static final int MAX_UPDATES = 500;
  public static final int MAX_TITLE = 200;
  public static final int MAX_MESSAGE = 20_000;

  /**
   * What a change did: the incident after it, what each case is told, and the cases it resolves. A
   * change that changed nothing (linking a case linked already) has the incident's own revision.
   */
  public record Change(Incident after, List<IncidentNotice> notices, List<String> casesToResolve) {

    public Change {
      notices = List.copyOf(notices);
      casesToResolve = List.copyOf(casesToResolve);
    }
  }

  public Incident {
    Required.present("incidentId, tenantId, title, status, openedAt, origin",
        incidentId, tenantId, title, status, openedAt, origin);
    cases = cases == null ? List.of() : List.copyOf(cases);
    updates = updates == null ? List.of() : List.copyOf(updates);
  }

  /**
   * A new incident, without cases yet. The title is one line of 1-200 characters; the status is
   * INVESTIGATING unless another open one is given.
   */
  public static Incident open(String incidentId, String tenantId, String title, IncidentStatus status, String actor,
      LinkReason origin, Instant at) {
    IncidentStatus first = status == null ? IncidentStatus.INVESTIGATING : status;
    if (!first.open()) {
      throw new InvalidActivityException("status", "a new incident is open: INVESTIGATING, IDENTIFIED or MONITORING");
    }
    return new Incident(incidentId, tenantId, title(title), first, at, actor, origin, List.of(), List.of(), null, 0);
  }

  /** A title as people see it in mails: one line, cut to 200 characters (rules make theirs from case subjects). */
  public static String titleFrom(String text) {
    String line = InputHygiene.oneLine("title", text == null ? "" : text).strip();
    return line.length() > MAX_TITLE ? line.substring(0, MAX_TITLE - 1) + "…" : line;
  }

  private static String title(String text) {
    String line = InputHygiene.oneLine("title", text);
    if (line == null || line.isBlank()) {
      throw new InvalidActivityException("title", "an incident needs a title");
    }
    if (line.length() > MAX_TITLE) {
      throw new InvalidActivityException("title", "a title has at most " + MAX_TITLE + " characters");
    }
    return line.strip();
  }

  public boolean open() {
    return status.open();
  }

  public Optional<LinkedCase> linked(String caseId) {
    return cases.stream().filter(c -> c.caseId().equals(caseId)).findFirst();
  }

  /** Links the case; a case already linked changes nothing (no notice, same revision). */
  public Change link(LinkedCase linked, String incidentEventId) {
    refuseUnlessOpen("it takes no more cases");
    if (linked(linked.caseId()).isPresent()) {
      return new Change(this, List.of(), List.of());
    }
    if (cases.size() >= MAX_CASES) {
      throw new IllegalTransitionException("The incident already links " + MAX_CASES + " cases, the most one can");
    }
    List<LinkedCase> now = new ArrayList<>(cases);
    now.add(linked);
    Incident after = with(now, updates, status, resolvedAt);
    return new Change(after, List.of(after.notice(incidentEventId, IncidentActivityKind.LINKED, linked,
        linked.linkedAt(), linked.linkedBy(), null, null, linked.reason())), List.of());
  }

  /** Takes the case out of the incident; it is told so (its reporter gets no more updates). */
  public Change unlink(String caseId, String actor, Instant at, String incidentEventId) {
    refuseUnlessOpen("its cases stay as they were");
    LinkedCase gone = linked(caseId).orElseThrow(() ->
        new IllegalTransitionException("That case is not linked to this incident"));
    List<LinkedCase> now = new ArrayList<>(cases);
    now.remove(gone);
    Incident after = with(now, updates, status, resolvedAt);
    return new Change(after, List.of(after.notice(incidentEventId, IncidentActivityKind.UNLINKED, gone, at, actor,
        null, null, gone.reason())), List.of());
  }

  /**
   * An update for everyone affected: every linked case is told (and its reporter mailed). The status
   * may change with it, to another open one; null or the same status leaves it.
   */
  public Change postUpdate(String message, IncidentStatus newStatus, String actor, Instant at, String incidentEventId) {
    refuseUnlessOpen("post no more updates; open a new incident");
    String text = message(message);
    IncidentStatus next = newStatus == null ? status : newStatus;
    if (!next.open()) {
      throw new IllegalTransitionException("An update does not resolve the incident: resolve it, which resolves its cases");
    }
    return historyEntry(IncidentActivityKind.UPDATE_POSTED, text, next, actor, at, incidentEventId, false);
  }

  /** Another open status, without a mail; RESOLVED only by {@link #resolve}. */
  public Change changeStatus(IncidentStatus newStatus, String actor, Instant at, String incidentEventId) {
    refuseUnlessOpen("its status is final");
    Objects.requireNonNull(newStatus, "newStatus");
    if (newStatus == status) {
      throw new IllegalTransitionException("The incident is already " + status);
    }
    if (!newStatus.open()) {
      throw new IllegalTransitionException("Resolve the incident to make it RESOLVED: that resolves its cases");
    }
    return historyEntry(IncidentActivityKind.STATUS_CHANGED, null, newStatus, actor, at, incidentEventId, false);
  }

  /**
   * Resolves the incident at {@code at}: every linked case is told (STATUS_CHANGED to RESOLVED,
   * with the resolution note) and listed to be resolved with it at the same instant.
   */
  public Change resolve(String note, String actor, Instant at, String incidentEventId) {
    refuseUnlessOpen("it was resolved at " + resolvedAt);
    String text = note == null || note.isBlank() ? null : message(note);
    return historyEntry(IncidentActivityKind.STATUS_CHANGED, text, IncidentStatus.RESOLVED, actor, at,
        incidentEventId, true);
  }

  private Change historyEntry(IncidentActivityKind kind, String message, IncidentStatus next, String actor,
      Instant at, String incidentEventId, boolean resolving) {
    if (updates.size() >= MAX_UPDATES) {
      throw new IllegalTransitionException("The incident already holds " + MAX_UPDATES + " updates, the most one can");
    }
    IncidentStatus previous = next == status ? null : status;
    List<IncidentUpdate> now = new ArrayList<>(updates);
    now.add(new IncidentUpdate(incidentEventId, at, actor, message, next, previous));
    Incident after = with(cases, now, next, resolving ? at : resolvedAt);
    List<IncidentNotice> notices = cases.stream()
        .map(c -> after.notice(incidentEventId, kind, c, at, actor, previous, message, null))
        .toList();
    return new Change(after, notices, resolving ? cases.stream().map(LinkedCase::caseId).toList() : List.of());
  }

  private IncidentNotice notice(String incidentEventId, IncidentActivityKind kind, LinkedCase c, Instant at,
      String actor, IncidentStatus previous, String message, LinkReason reason) {
    return new IncidentNotice(IncidentNotice.eventIdFor(incidentEventId, c.caseId()), incidentEventId, kind,
        incidentId, c.caseId(), c.caseNumber(), c.reporter(), at, actor, title, status, previous, message, reason,
        cases.size());
  }

  private Incident with(List<LinkedCase> newCases, List<IncidentUpdate> newUpdates, IncidentStatus newStatus,
      Instant newResolvedAt) {
    return new Incident(incidentId, tenantId, title, newStatus, openedAt, openedBy, origin, newCases, newUpdates,
        newResolvedAt, revision + 1);
  }

  private void refuseUnlessOpen(String consequence) {
    if (!open()) {
      throw new IllegalTransitionException("The incident is resolved; " + consequence);
    }
  }

  private static String message(String text) {
    String clean = InputHygiene.multiLine(text);
    if (clean == null || clean.isBlank()) {
      throw new InvalidActivityException("message", "an update needs a message");
    }
    if (clean.length() > MAX_MESSAGE) {
      throw new InvalidActivityException("message", "a message has at most " + MAX_MESSAGE + " characters");
    }
    return clean.strip();
  }
}
