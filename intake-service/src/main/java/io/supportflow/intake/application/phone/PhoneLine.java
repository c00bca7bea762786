package io.supportflow.intake.application.phone;

/**
 * A tenant's telephony settings: the secret its phone system signs webhooks with, Twilio's auth
 * token when it uses Twilio, and the region local numbers are read in (ISO 3166, e.g. NL).
 */
public record PhoneLine(String hmacSecret, String twilioAuthToken, String defaultRegion) {

  @Override
  public String toString() {
    return "PhoneLine[region=" + defaultRegion + "]";
  }
}
