package io.supportflow.contracts.domain;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The bounds every policy value keeps, so one tenant's file cannot grow without limit. */
final class Checks {

  static final int NAME = 200;
  static final int EMAIL = 320;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]{1,64}@[a-z0-9.-]{1,253}\\.[a-z]{2,63}");
  private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}\\.)+[a-z]{2,63}");
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]|24:00");

  private Checks() {}

  static String id(String field, String value) {
    if (value == null || !ID.matcher(value).matches()) {
      throw new PolicyViolation(field,
          "must be 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return value;
  }

  static String text(String field, String value, int max) {
    String stripped = optionalText(field, value, max);
    if (stripped == null) {
      throw new PolicyViolation(field, "is required");
    }
    return stripped;
  }

  static String optionalText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new PolicyViolation(field, "must be at most " + max + " characters");
    }
    return stripped;
  }

  static <T> T required(String field, T value) {
    if (value == null) {
      throw new PolicyViolation(field, "is required");
    }
    return value;
  }

  /** Null reads as empty; null elements and more than max elements are refused. */
  static <T> List<T> list(String field, List<T> values, int max) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > max) {
      throw new PolicyViolation(field, "must have at most " + max + " entries");
    }
    if (values.stream().anyMatch(Objects::isNull)) {
      throw new PolicyViolation(field, "must not contain empty entries");
    }
    return List.copyOf(values);
  }

  static <T> void unique(String field, List<T> values, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(key.apply(value))) {
        throw new PolicyViolation(field, "'" + key.apply(value) + "' appears twice");
      }
    }
  }

  static String email(String field, String value) {
    return shaped(field, value, text(field, value, EMAIL).toLowerCase(Locale.ROOT), EMAIL_SHAPE, "an e-mail address");
  }

  static String domain(String field, String value) {
    return shaped(field, value, text(field, value, 253).toLowerCase(Locale.ROOT), DOMAIN, "an e-mail domain");
  }

  static String phone(String field, String value) {
    return value == null || value.isBlank() ? null
        : shaped(field, value, value, E164, "a phone number in E.164 form, e.g. +31205550100");
  }

  static String language(String field, String value) {
    return value == null || value.isBlank() ? null
        : shaped(field, value, value.strip().toLowerCase(Locale.ROOT), LANGUAGE, "an ISO 639 language code such as en or nl");
  }

  /** The normalised value if it has the shape; else refused, naming the value as given. */
  private static String shaped(String field, String given, String normalised, Pattern shape, String what) {
    if (!shape.matcher(normalised).matches()) {
      throw new PolicyViolation(field, "'" + given + "' is not " + what);
    }
    return normalised;
  }

  /** A whole number within min and max, both included. */
  static void between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new PolicyViolation(field, "must be between " + min + " and " + max);
    }
  }

  /** HH:mm, where 24:00 is the end of the day; returns the minute of the day. */
  static int minuteOfDay(String field, String value) {
    if (value == null || !HH_MM.matcher(value).matches()) {
      throw new PolicyViolation(field, "must be a time HH:mm between 00:00 and 24:00");
    }
    if (value.equals("24:00")) {
      return 24 * 60;
    }
    try {
      return LocalTime.parse(value).toSecondOfDay() / 60;
    } catch (DateTimeException e) {
      throw new PolicyViolation(field, "must be a time HH:mm");
    }
  }
}
