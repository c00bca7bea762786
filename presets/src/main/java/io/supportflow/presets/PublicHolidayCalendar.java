package io.supportflow.presets;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The public holidays of a country (and optionally one of its regions) in a year, from jollyday's
 * calendars, computed once per region and year. contracts-service resolves a calendar's holidays
 * with it when it decides; sla-service's preview does the same for the years a preview spans.
 */
public final class PublicHolidayCalendar {

  private final Map<String, Set<LocalDate>> cache = new ConcurrentHashMap<>();

  /**
   * @param country ISO 3166 code, e.g. nl
   * @param region a region code such as by (Bavaria), or null for the whole country
   * @throws IllegalArgumentException when jollyday has no calendar for the country
   */
  public Set<LocalDate> in(String country, String region, Year year) {
    String key = country.toLowerCase(Locale.ROOT) + "/" + region + "/" + year;
    return cache.computeIfAbsent(key, k -> load(country, region, year));
  }

  private static Set<LocalDate> load(String country, String region, Year year) {
    String code = HolidayManager.getSupportedCalendarCodes().stream()
        .filter(c -> c.equalsIgnoreCase(country))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no public holiday calendar for country '" + country + "'"));
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(code));
    String[] args = region == null ? new String[0] : new String[] {region};
    return manager.getHolidays(year, HolidayType.PUBLIC_HOLIDAY, args).stream()
        .map(Holiday::getActualDate)
        .collect(Collectors.toUnmodifiableSet());
  }
}
