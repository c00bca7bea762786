package io.supportflow.intake.adapter.web;

/**
 * The URL the service is reached at from outside (behind a proxy), which Twilio signs; blank when
 * the request's own URL is the public one.
 */
public record PublicBaseUrl(String value) {

  boolean isSet() {
    return value != null && !value.isBlank();
  }
}
