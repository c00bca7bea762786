package io.supportflow.escalation.adapter.persistence;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.DailyInterval;
import io.supportflow.businesstime.WeeklyHours;
import io.supportflow.escalation.application.EscalatedCase;
import io.supportflow.escalation.application.EscalationTerms;
import io.supportflow.escalation.domain.Activity;
import io.supportflow.escalation.domain.EscalationMatrix;
import io.supportflow.escalation.domain.EscalationStep;
import io.supportflow.escalation.domain.OffsetUnit;
import io.supportflow.escalation.domain.Person;
import io.supportflow.escalation.domain.Priority;
import io.supportflow.escalation.domain.Roster;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;

/** Escalated cases and their terms as Mongo documents. Instants are BSON dates, days ISO strings. */
final class EscalatedCaseDocuments {

  private EscalatedCaseDocuments() {}

  static EscalatedCase escalatedCase(Document d) {
    Document terms = d.get("terms", Document.class);
    Date received = d.getDate("receivedAt");
    return new EscalatedCase(
        d.getString("_id"),
        d.getString("tenantId"),
        d.getString("caseNumber"),
        d.getInteger("partition", 0),
        d.getString("priority") == null ? null : Priority.valueOf(d.getString("priority")),
        received == null ? null : received.toInstant(),
        terms == null ? null : terms(terms),
        d.getList("activities", Document.class, List.of()).stream().map(EscalatedCaseDocuments::activity).toList(),
        new HashSet<>(d.getList("published", String.class, List.of())));
  }

  static Document activity(String eventId, Activity a) {
    return new Document("eventId", eventId)
        .append("at", Date.from(a.at()))
        .append("kind", a.kind().name())
        .append("newPriority", a.newPriority() == null ? null : a.newPriority().name());
  }

  private static Activity activity(Document d) {
    String to = d.getString("newPriority");
    return new Activity(d.getDate("at").toInstant(), Activity.Kind.valueOf(d.getString("kind")),
        to == null ? null : Priority.valueOf(to));
  }

  static Document terms(EscalationTerms t) {
    List<Document> levels = new ArrayList<>();
    t.matrix().plans().forEach((priority, steps) -> steps.forEach(s -> levels.add(
        new Document("priority", priority.name()).append("amount", s.amount())
            .append("unit", s.unit().name()).append("role", s.role()))));
    BusinessCalendar c = t.calendar();
    return new Document("levels", levels)
        .append("raiseOnBreach", t.matrix().raiseOnBreach())
        .append("roster", t.roster().holders().entrySet().stream().map(e -> new Document("role", e.getKey())
            .append("name", e.getValue().name()).append("email", e.getValue().email())).toList())
        .append("calendar", new Document("calendarId", c.calendarId()).append("zone", c.zone().getId())
            .append("hours", intervals(c.baseHours()))
            .append("extra", intervals(c.extraCoverage()))
            .append("holidays", c.holidays().stream().map(LocalDate::toString).sorted().toList()));
  }

  private static List<Document> intervals(WeeklyHours hours) {
    List<Document> list = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.on(day).forEach(i -> list.add(new Document("day", day.name())
          .append("startMinute", i.startMinute()).append("endMinute", i.endMinute())));
    }
    return list;
  }

  private static WeeklyHours intervals(List<Document> list) {
    WeeklyHours hours = WeeklyHours.none();
    for (Document h : list == null ? List.<Document>of() : list) {
      hours = hours.with(DayOfWeek.valueOf(h.getString("day")),
          new DailyInterval(h.getInteger("startMinute"), h.getInteger("endMinute")));
    }
    return hours;
  }

  private static EscalationTerms terms(Document d) {
    Map<Priority, List<EscalationStep>> plans = new EnumMap<>(Priority.class);
    for (Document l : d.getList("levels", Document.class)) {
      plans.computeIfAbsent(Priority.valueOf(l.getString("priority")), p -> new ArrayList<>())
          .add(new EscalationStep(l.getInteger("amount"), OffsetUnit.valueOf(l.getString("unit")), l.getString("role")));
    }
    Map<String, Person> holders = new HashMap<>();
    for (Document r : d.getList("roster", Document.class)) {
      holders.put(r.getString("role"), new Person(r.getString("name"), r.getString("email")));
    }
    Document c = d.get("calendar", Document.class);
    ZoneId zone = ZoneId.of(c.getString("zone"));
    WeeklyHours hours = intervals(c.getList("hours", Document.class));
    // Cases stored before calendars carried extra coverage have none; no hours at all is round the clock.
    BusinessCalendar calendar = hours.isEmpty() ? BusinessCalendar.twentyFourSeven(zone)
        : new BusinessCalendar(c.get("calendarId", "calendar"), zone, hours,
            c.getList("holidays", String.class).stream().map(LocalDate::parse).collect(Collectors.toSet()),
            intervals(c.getList("extra", Document.class)));
    return new EscalationTerms(new EscalationMatrix(plans, d.getBoolean("raiseOnBreach", false)),
        new Roster(holders), calendar);
  }
}
