package io.supportflow.sla.adapter.persistence;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.DailyInterval;
import io.supportflow.businesstime.WeeklyHours;
import io.supportflow.sla.application.TrackedCase;
import io.supportflow.sla.domain.Activity;
import io.supportflow.sla.domain.Priority;
import io.supportflow.sla.domain.ReactionMetric;
import io.supportflow.sla.domain.ReactionTarget;
import io.supportflow.sla.domain.SlaTerms;
import io.supportflow.sla.domain.TargetUnit;
import io.supportflow.sla.domain.WarningShare;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.bson.Document;

/** Tracked cases and their terms as Mongo documents. Instants are BSON dates, days ISO strings. */
final class TrackedCaseDocuments {

  private TrackedCaseDocuments() {}

  static TrackedCase trackedCase(Document d) {
    Document terms = d.get("terms", Document.class);
    Date received = d.getDate("receivedAt");
    return new TrackedCase(
        d.getString("_id"),
        d.getString("tenantId"),
        d.getString("caseNumber"),
        d.getString("customerId"),
        d.getInteger("partition", 0),
        d.getString("priority") == null ? null : Priority.valueOf(d.getString("priority")),
        received == null ? null : received.toInstant(),
        terms == null ? null : terms(terms),
        d.getList("activities", Document.class, List.of()).stream()
            .map(a -> new TrackedCase.Entry(a.getString("eventId"), activity(a))).toList(),
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

  static Document terms(SlaTerms t) {
    BusinessCalendar c = t.calendar();
    return new Document("calendar", new Document("calendarId", c.calendarId())
            .append("zone", c.zone().getId())
            .append("baseHours", hours(c.baseHours()))
            .append("holidays", c.holidays().stream().map(LocalDate::toString).sorted().toList())
            .append("extraCoverage", hours(c.extraCoverage())))
        .append("targets", t.targets().stream().map(x -> new Document("priority", x.priority().name())
            .append("metric", x.metric().name()).append("amount", x.amount()).append("unit", x.unit().name())).toList())
        .append("warningShare", t.warningShare().value())
        .append("aroundTheClockOnceWorking", t.aroundTheClockOnceWorking().stream().map(Enum::name).sorted().toList());
  }

  private static SlaTerms terms(Document d) {
    Document c = d.get("calendar", Document.class);
    BusinessCalendar calendar = new BusinessCalendar(c.getString("calendarId"), ZoneId.of(c.getString("zone")),
        hours(c.getList("baseHours", Document.class)),
        c.getList("holidays", String.class).stream().map(LocalDate::parse).collect(Collectors.toSet()),
        hours(c.getList("extraCoverage", Document.class)));
    return new SlaTerms(calendar,
        d.getList("targets", Document.class).stream().map(x -> new ReactionTarget(
            Priority.valueOf(x.getString("priority")), ReactionMetric.valueOf(x.getString("metric")),
            x.getInteger("amount"), TargetUnit.valueOf(x.getString("unit")))).toList(),
        new WarningShare(d.getDouble("warningShare")),
        // A case stored before the terms carried the list has none: nothing runs round the clock.
        d.getList("aroundTheClockOnceWorking", String.class, List.of()).stream()
            .map(Priority::valueOf).collect(Collectors.toSet()));
  }

  private static List<Document> hours(WeeklyHours hours) {
    List<Document> list = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (DailyInterval i : hours.on(day)) {
        list.add(new Document("day", day.name()).append("startMinute", i.startMinute()).append("endMinute", i.endMinute()));
      }
    }
    return list;
  }

  private static WeeklyHours hours(List<Document> list) {
    WeeklyHours hours = WeeklyHours.none();
    for (Document i : list) {
      hours = hours.with(DayOfWeek.valueOf(i.getString("day")),
          new DailyInterval(i.getInteger("startMinute"), i.getInteger("endMinute")));
    }
    return hours;
  }
}
