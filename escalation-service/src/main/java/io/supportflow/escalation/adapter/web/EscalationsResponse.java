package io.supportflow.escalation.adapter.web;

import io.supportflow.escalation.domain.EscalationReport;
import io.supportflow.escalation.domain.NextLevel;
import io.supportflow.escalation.domain.Person;
import io.supportflow.escalation.domain.ReachedLevel;
import java.time.Instant;
import java.util.List;

/** The walk of a case: levels reached so far and what comes next unless it is resolved first. */
public record EscalationsResponse(String caseId, String caseNumber, String priority, boolean resolved,
    List<Reached> reached, List<Next> next, Instant at) {

  /** A person of the roster; null where the roster names nobody for the role. */
  public record Holder(String name, String email) {
    static Holder of(Person p) {
      return p == null ? null : new Holder(p.name(), p.email());
    }
  }

  public record Reached(int level, String priority, String role, Holder person, Instant reachedAt, String reason) {
    static Reached of(ReachedLevel l) {
      return new Reached(l.level(), l.priority().name(), l.role(), Holder.of(l.person()), l.reachedAt(), l.reason());
    }
  }

  public record Next(int level, String priority, String role, Holder person, Instant dueAt) {
    static Next of(NextLevel l) {
      return new Next(l.level(), l.priority().name(), l.role(), Holder.of(l.person()), l.dueAt());
    }
  }

  static EscalationsResponse of(String caseId, String caseNumber, EscalationReport report, Instant at) {
    return new EscalationsResponse(caseId, caseNumber, report.priority().name(), report.resolved(),
        report.reached().stream().map(Reached::of).toList(), report.next().stream().map(Next::of).toList(), at);
  }
}
