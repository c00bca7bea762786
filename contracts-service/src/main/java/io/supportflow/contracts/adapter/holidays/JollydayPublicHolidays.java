package io.supportflow.contracts.adapter.holidays;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.supportflow.contracts.domain.HolidayRegion;
import io.supportflow.contracts.domain.PublicHolidays;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Public holidays from jollyday's country and region calendars, computed once per region and year. */
public final class JollydayPublicHolidays implements PublicHolidays {

  private final Map<String, Set<LocalDate>> cache = new ConcurrentHashMap<>();

  @Override
  public Set<LocalDate> in(HolidayRegion region, Year year) {
    String key = region.country() + "/" + region.region() + "/" + year;
    return cache.computeIfAbsent(key, k -> load(region, year));
  }

  private static Set<LocalDate> load(HolidayRegion region, Year year) {
    String code = HolidayManager.getSupportedCalendarCodes().stream()
        .filter(c -> c.equalsIgnoreCase(region.country()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "no public holiday calendar for country '" + region.country() + "'"));
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(code));
    String[] args = region.region() == null ? new String[0] : new String[] {region.region()};
    return manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY, args).stream()
        .map(Holiday::getActualDate)
        .collect(Collectors.toUnmodifiableSet());
  }
}
