package io.supportflow.timeline.mongo;

import io.supportflow.businesstime.BusinessCalendar;
import io.supportflow.businesstime.DailyInterval;
import io.supportflow.businesstime.WeeklyHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bson.Document;

/**
 * A business calendar inside a case's terms: zone, weekly hours and extra coverage as day and
 * minute intervals, holidays as ISO dates. Reads the field names escalation-service wrote before
 * the kit too (hours, extra), where no hours at all meant round the clock.
 */
public final class CalendarDocuments {

  private CalendarDocuments() {}

  public static Document write(BusinessCalendar c) {
    return new Document("calendarId", c.calendarId())
        .append("zone", c.zone().getId())
        .append("baseHours", intervals(c.baseHours()))
        .append("holidays", c.holidays().stream().map(LocalDate::toString).sorted().toList())
        .append("extraCoverage", intervals(c.extraCoverage()));
  }

  public static BusinessCalendar read(Document c) {
    ZoneId zone = ZoneId.of(c.getString("zone"));
    if (!c.containsKey("baseHours")) {
      WeeklyHours hours = intervals(c.getList("hours", Document.class));
      if (hours.isEmpty()) {
        return BusinessCalendar.twentyFourSeven(zone);
      }
      return new BusinessCalendar(c.get("calendarId", "calendar"), zone, hours, holidays(c),
          intervals(c.getList("extra", Document.class)));
    }
    return new BusinessCalendar(c.getString("calendarId"), zone, intervals(c.getList("baseHours", Document.class)),
        holidays(c), intervals(c.getList("extraCoverage", Document.class)));
  }

  private static java.util.Set<LocalDate> holidays(Document c) {
    return c.getList("holidays", String.class, List.of()).stream().map(LocalDate::parse).collect(Collectors.toSet());
  }

  private static List<Document> intervals(WeeklyHours hours) {
    List<Document> list = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      for (DailyInterval i : hours.on(day)) {
        list.add(new Document("day", day.name()).append("startMinute", i.startMinute()).append("endMinute", i.endMinute()));
      }
    }
    return list;
  }

  private static WeeklyHours intervals(List<Document> list) {
    WeeklyHours hours = WeeklyHours.none();
    for (Document i : list == null ? List.<Document>of() : list) {
      hours = hours.with(DayOfWeek.valueOf(i.getString("day")),
          new DailyInterval(i.getInteger("startMinute"), i.getInteger("endMinute")));
    }
    return hours;
  }
}
