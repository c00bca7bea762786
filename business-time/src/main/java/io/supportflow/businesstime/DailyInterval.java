package io.supportflow.businesstime;

/**
 * A covered stretch of a local day in minutes: [startMinute, endMinute), 0 to 1440, so that
 * 00:00-24:00 is the whole day whatever its length in a daylight-saving change.
 */
public record DailyInterval(int startMinute, int endMinute) {

  public static final int END_OF_DAY = 24 * 60;
  public static final DailyInterval WHOLE_DAY = new DailyInterval(0, END_OF_DAY);

  public DailyInterval {
    if (startMinute < 0 || endMinute > END_OF_DAY || startMinute >= endMinute) {
      throw new IllegalArgumentException(
          "a covered interval needs 00:00 <= start < end <= 24:00, was %s-%s"
              .formatted(hhmm(startMinute), hhmm(endMinute)));
    }
  }

  /** Parses "08:00" and "17:00" (and "24:00" for the end of the day). */
  public static DailyInterval of(String start, String end) {
    return new DailyInterval(minuteOfDay(start), minuteOfDay(end));
  }

  /** "08:30" is 510; "24:00" is 1440, the end of the day. */
  public static int minuteOfDay(String hhmm) {
    String[] parts = hhmm.strip().split(":");
    if (parts.length != 2) {
      throw new IllegalArgumentException("time of day must be HH:mm, was '" + hhmm + "'");
    }
    int hours = Integer.parseInt(parts[0]);
    int minutes = Integer.parseInt(parts[1]);
    if (hours < 0 || hours > 24 || minutes < 0 || minutes > 59 || (hours == 24 && minutes != 0)) {
      throw new IllegalArgumentException("time of day must be 00:00 to 24:00, was '" + hhmm + "'");
    }
    return hours * 60 + minutes;
  }

  private static String hhmm(int minute) {
    return "%02d:%02d".formatted(minute / 60, minute % 60);
  }
}
