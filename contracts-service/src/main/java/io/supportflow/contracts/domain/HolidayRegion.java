package io.supportflow.contracts.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** Where a calendar's public holidays come from: an ISO country code and optionally a region (de / by). */
public record HolidayRegion(String country, String region) {

  private static final Pattern CODE = Pattern.compile("[a-z]{2}");
  private static final Pattern REGION = Pattern.compile("[a-z0-9_-]{1,20}");

  public HolidayRegion {
    country = Checks.text("country", country, 2).toLowerCase(Locale.ROOT);
    if (!CODE.matcher(country).matches()) {
      throw new PolicyViolation("country", "must be an ISO 3166 country code such as nl or de");
    }
    region = Checks.optionalText("region", region, 20);
    if (region != null) {
      region = region.toLowerCase(Locale.ROOT);
      if (!REGION.matcher(region).matches()) {
        throw new PolicyViolation("region", "must be a region code such as by or ny");
      }
    }
  }
}
