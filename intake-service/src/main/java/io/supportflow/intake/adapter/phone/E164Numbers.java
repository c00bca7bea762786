package io.supportflow.intake.adapter.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.supportflow.intake.domain.CallerNumber;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a phone number as people and phone systems write it ("020 555 0100", "+31 (0)20-5550100",
 * "0031205550100") and gives its E.164 form, local numbers read in the tenant's region.
 */
public final class E164Numbers {

  private static final int MAX_LENGTH = 40;
  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

  /** Empty when the text is not a possible number (withheld, "anonymous", garbage). */
  public Optional<CallerNumber> read(String text, String defaultRegion) {
    if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String region = defaultRegion == null ? "ZZ" : defaultRegion.toUpperCase(Locale.ROOT);
    try {
      PhoneNumber number = util.parse(text.strip(), region);
      if (!util.isPossibleNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(new CallerNumber(util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
    } catch (NumberParseException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
